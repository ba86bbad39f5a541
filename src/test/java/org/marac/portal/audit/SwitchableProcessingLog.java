package org.marac.portal.audit;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The processing log with a switch, for benchmarks only (imported by {@code PortalBenchmark}, never part of the
 * portal, which has no way to stop logging): measuring what the log costs needs the very same read paths run
 * with and without it, in one run.
 */
@Primary
public class SwitchableProcessingLog extends ProcessingLog {

    private volatile boolean on = true;

    SwitchableProcessingLog(JdbcTemplate jdbc, DataSource dataSource, Clock clock) {
        super(jdbc, dataSource, clock);
    }

    public void turn(boolean on) {
        this.on = on;
    }

    @Override
    public void record(ProcessingOperation operation, Subject subject, Long recipientAgencyId, String detail) {
        if (on) {
            super.record(operation, subject, recipientAgencyId, detail);
        }
    }

    @Override
    public void recordConsultation(Subject subject, String detail) {
        if (on) {
            super.recordConsultation(subject, detail);
        }
    }

    @Override
    public void recordDenial(Subject subject, String detail) {
        if (on) {
            super.recordDenial(subject, detail);
        }
    }
}
