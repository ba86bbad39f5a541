package org.marac.portal.base.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs that run on one portal instance at a time: each {@code @SchedulerLock} takes a row in the
 * {@code shedlock} table, timed by the database's clock so that instances whose clocks differ still agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return ClusterLocks.onDatabase(dataSource);
    }

    /**
     * The timers themselves. Off with {@code portal.scheduling.enabled=false} (the tests, which run jobs
     * by calling them so that what they assert does not race a timer); the locks stay in force either way.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "portal.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Timers {
    }
}
