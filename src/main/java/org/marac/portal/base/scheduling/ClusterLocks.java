package org.marac.portal.base.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/** The portal's job locks: rows in the {@code shedlock} table, timed by the database's clock. */
public final class ClusterLocks {

    private ClusterLocks() {
    }

    /**
     * A lock provider on the portal's database. The portal has one as a bean; a test builds a second one to
     * play a second portal instance on the same database.
     */
    public static LockProvider onDatabase(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
