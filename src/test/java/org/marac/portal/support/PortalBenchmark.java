package org.marac.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.marac.portal.audit.SwitchableProcessingLog;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A benchmark: the whole portal on an embedded MariaDB of its own (target/benchmark-db, so the generated data
 * never meets the tests' shared database), with the benchmark-only beans; one context for every benchmark.
 * The database is made afresh each run; {@code -Dbenchmark.fresh=false} keeps the last run's generated data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"portal.embedded-db.folder=target/benchmark-db",
        "portal.embedded-db.fresh=${benchmark.fresh:true}"})
@ActiveProfiles("test")
@Import(SwitchableProcessingLog.class)
public @interface PortalBenchmark {
}
