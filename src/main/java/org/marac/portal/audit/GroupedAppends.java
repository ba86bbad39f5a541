package org.marac.portal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Writes log entries that belong to no change of data (consultations, refusals) in groups, on a connection of
 * its own. Callers queue their entries and take turns at the writer's lock; whoever holds it writes everything
 * queued so far in one transaction, so callers arriving while a group is written find theirs written by the
 * next holder. The chain's head is locked, and the disk waited for, once a group instead of once a caller: the
 * twenty screens of a live meeting reading at once cost one or two commits, not twenty made in turn. A caller
 * returns only once its entries are committed, so nothing is shown before its consultation is on record.
 *
 * <p>The connection is its own, not the pool's, so callers waiting here while holding pooled connections can
 * never leave the log without one.
 */
final class GroupedAppends {

    /** How long a caller waits for the writer before its read fails rather than go unrecorded. */
    private static final long WAIT_SECONDS = 30;
    /** A connection idle this long is checked before use (the server may have closed it). */
    private static final long IDLE_CHECK_NANOS = TimeUnit.SECONDS.toNanos(30);

    private record Pending(List<ProcessingLog.Part> parts, CompletableFuture<Void> written) {
    }

    private final DataSource database;
    private final BiConsumer<JdbcTemplate, List<ProcessingLog.Part>> append;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();
    /** Guarded by {@link #writer}. */
    private Connection connection;
    private long lastUsed;

    GroupedAppends(DataSource portal, BiConsumer<JdbcTemplate, List<ProcessingLog.Part>> append) {
        this.database = DataSourceBuilder.derivedFrom(portal).type(SimpleDriverDataSource.class).build();
        this.append = append;
    }

    /** Queues the entries and returns once they are committed, writing them (and others queued) if need be. */
    void appendAndWait(List<ProcessingLog.Part> parts) {
        Pending mine = new Pending(parts, new CompletableFuture<>());
        queue.add(mine);
        try {
            if (!writer.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The processing log was not written in time");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the processing log was written", interrupted);
        }
        try {
            if (!mine.written().isDone()) {
                writeQueued();
            }
        } finally {
            writer.unlock();
        }
        try {
            mine.written().join();
        } catch (java.util.concurrent.CompletionException failed) {
            throw new IllegalStateException("The processing log could not be written", failed.getCause());
        }
    }

    /** Holding the writer's lock: everything queued, in one transaction. */
    private void writeQueued() {
        List<Pending> group = new ArrayList<>();
        for (Pending next; (next = queue.poll()) != null; ) {
            group.add(next);
        }
        try {
            Connection writing = connection();
            try {
                append.accept(new JdbcTemplate(new SingleConnectionDataSource(writing, true)),
                        group.stream().flatMap(pending -> pending.parts().stream()).toList());
                writing.commit();
            } catch (RuntimeException | SQLException | Error failed) {
                discardConnection();
                throw failed;
            }
            group.forEach(pending -> pending.written().complete(null));
        } catch (RuntimeException | SQLException | Error failed) {
            group.forEach(pending -> pending.written().completeExceptionally(failed));
        }
    }

    private Connection connection() throws SQLException {
        long now = System.nanoTime();
        if (connection != null && now - lastUsed > IDLE_CHECK_NANOS && !connection.isValid(2)) {
            discardConnection();
        }
        if (connection == null) {
            connection = database.getConnection();
            connection.setAutoCommit(false);
        }
        lastUsed = now;
        return connection;
    }

    private void discardConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException alreadyGone) {
                // Closing is all that was wanted.
            }
            connection = null;
        }
    }

    void close() {
        writer.lock();
        try {
            discardConnection();
        } finally {
            writer.unlock();
        }
    }
}
