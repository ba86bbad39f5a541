package org.marac.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.marac.portal.support.HeldHead;
import org.marac.portal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The log's writer on the real database, stalled or failing: the portal stops showing data once the log falls
 * behind, nothing queued is lost or written twice, and what is queued is committed before the writer stops.
 */
@PortalTest
class GroupedAppendsTest {

    private static final Duration MAX_BEHIND = Duration.ofMillis(300);

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void whileTheHeadIsHeldElsewhereReadsAreRefusedOnceTheLogIsTooFarBehindAndNothingQueuedIsLost() throws Exception {
        GroupedAppends writer = new GroupedAppends(dataSource, ProcessingLog::append, MAX_BEHIND);
        try {
            Long before = jdbc.queryForObject("SELECT MAX(id) FROM processing_log", Long.class);
            try (Connection holder = HeldHead.hold(dataSource)) {
                writer.appendLater(parts("queued while the head was held"));
                Thread.sleep(MAX_BEHIND.multipliedBy(2).toMillis());
                assertThatThrownBy(() -> writer.appendLater(parts("refused"))).isInstanceOf(ProcessingLogUnavailableException.class)
                        .hasMessageContaining("not being written");
                holder.rollback();
            }
            writer.awaitWritten(Duration.ofSeconds(30));
            assertThat(details(before)).containsExactly("queued while the head was held");
            writer.appendLater(parts("after the log caught up"));
            writer.awaitWritten(Duration.ofSeconds(30));
            assertThat(details(before)).containsExactly("queued while the head was held", "after the log caught up");
            assertThat(ChainVerification.verifyIn(dataSource).intact()).isTrue();
        } finally {
            writer.close();
        }
    }

    @Test
    void aGroupThatFailsToCommitIsWrittenOnTheNextTryInOrder() {
        java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
        GroupedAppends writer = new GroupedAppends(dataSource, (jdbc, parts) -> {
            ProcessingLog.append(jdbc, parts);
            if (tries.getAndIncrement() == 0) {
                throw new org.springframework.dao.TransientDataAccessResourceException("the connection dropped before commit");
            }
        }, Duration.ofSeconds(10));
        try {
            Long before = jdbc.queryForObject("SELECT MAX(id) FROM processing_log", Long.class);
            writer.appendLater(parts("first"));
            writer.appendLater(parts("second"));
            writer.awaitWritten(Duration.ofSeconds(30));
            assertThat(tries.get()).isGreaterThan(1);
            assertThat(details(before)).containsExactly("first", "second");
            assertThat(ChainVerification.verifyIn(dataSource).intact()).isTrue();
        } finally {
            writer.close();
        }
    }

    @Test
    void closingCommitsEverythingQueuedFirst() throws Exception {
        GroupedAppends writer = new GroupedAppends(dataSource, ProcessingLog::append, Duration.ofSeconds(10));
        Long before = jdbc.queryForObject("SELECT MAX(id) FROM processing_log", Long.class);
        Connection holder = HeldHead.hold(dataSource);
        for (int i = 1; i <= 3; i++) {
            writer.appendLater(parts("queued at shutdown " + i));
        }
        Thread releaser = Thread.ofPlatform().start(() -> {
            try (holder) {
                Thread.sleep(200);
                holder.rollback();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.close();
        releaser.join();
        assertThat(details(before)).containsExactly("queued at shutdown 1", "queued at shutdown 2", "queued at shutdown 3");
        assertThatThrownBy(() -> writer.appendLater(parts("after closing"))).isInstanceOf(ProcessingLogUnavailableException.class);
    }

    private static List<ProcessingLog.Part> parts(String detail) {
        return ProcessingLog.parts(Instant.now(), null, null, ProcessingOperation.CONSULTATION,
                ProcessingLog.Subject.of("WRITER_TEST", 1L, List.of(920_001L)), null, detail);
    }

    private List<String> details(Long before) {
        return jdbc.queryForList("SELECT detail FROM processing_log WHERE subject_type = 'WRITER_TEST' AND id > ? ORDER BY id",
                String.class, before);
    }
}
