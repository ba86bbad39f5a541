package org.marac.portal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Writes log entries that belong to no change of data (consultations, refusals) behind the caller, in groups, on a
 * connection of its own. Callers queue their entries and go on; one writer thread commits everything queued so
 * far in one transaction, in the order queued, so the chain's head is locked and the disk waited for once a group
 * instead of once a read. Entries are never dropped: a group that fails to commit goes back to the front of the
 * queue and is tried again. The portal fails closed: once the oldest entry has waited longer than
 * {@code maxBehind}, callers are refused (their read fails) until the log catches up. On shutdown the writer
 * commits what is queued before it stops.
 *
 * <p>The connection is its own, not the pool's, so a pool exhausted by readers never stops the log.
 */
final class GroupedAppends {

    private static final Logger logger = LoggerFactory.getLogger(GroupedAppends.class);

    /** A connection idle this long is checked before use (the server may have closed it). */
    private static final long IDLE_CHECK_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final long MAX_RETRY_PAUSE_MILLIS = 2_000;
    /**
     * How long the writer lets entries gather before it commits them: one commit for the reads of a tenth of a second
     * instead of one for each, which the reads themselves feel on a small server (on two cores the service call that
     * opens a case measured about +11 % with 10 ms, +1 to +2 % with 100 ms). Someone waiting for the log cuts it short.
     */
    private static final long LINGER_MILLIS = 100;

    /** Entries queued together, and (for {@link #awaitWritten}) the moment they are committed. */
    private record Pending(List<ProcessingLog.Part> parts, long queuedAt, CompletableFuture<Void> written) {
    }

    private final DataSource database;
    private final BiConsumer<JdbcTemplate, List<ProcessingLog.Part>> append;
    private final long maxBehindNanos;
    private final ConcurrentLinkedDeque<Pending> queue = new ConcurrentLinkedDeque<>();
    private final Semaphore work = new Semaphore(0);
    private final Semaphore hurry = new Semaphore(0);
    private final Thread writer;
    private volatile boolean closing;
    /** The oldest entry of the group being written, if one is: it is no longer in the queue. */
    private volatile Pending inFlight;
    /** Used by the writer thread only. */
    private Connection connection;
    private long lastUsed;

    GroupedAppends(DataSource portal, BiConsumer<JdbcTemplate, List<ProcessingLog.Part>> append, Duration maxBehind) {
        this.database = DataSourceBuilder.derivedFrom(portal).type(SimpleDriverDataSource.class).build();
        this.append = append;
        this.maxBehindNanos = maxBehind.toNanos();
        this.writer = Thread.ofPlatform().name("processing-log-writer").daemon().start(this::writeUntilClosed);
    }

    /**
     * Queues the entries for the writer and returns at once; refused (so the read that would be shown fails) while
     * the log is further behind than allowed.
     */
    void appendLater(List<ProcessingLog.Part> parts) {
        Pending oldest = inFlight;
        if (oldest == null) {
            oldest = queue.peekFirst();
        }
        if (oldest != null && System.nanoTime() - oldest.queuedAt() > maxBehindNanos) {
            work.release();
            throw new ProcessingLogUnavailableException("The processing log is not being written: nothing is shown until it is");
        }
        if (closing) {
            throw new ProcessingLogUnavailableException("The processing log has stopped");
        }
        queue.addLast(new Pending(parts, System.nanoTime(), null));
        work.release();
    }

    /** Returns once everything queued before this call is committed. */
    void awaitWritten(Duration timeout) {
        Pending marker = new Pending(List.of(), System.nanoTime(), new CompletableFuture<>());
        queue.addLast(marker);
        work.release();
        hurry.release();
        try {
            marker.written().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            throw new IllegalStateException("The processing log was not written in time", late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the processing log was written", interrupted);
        } catch (java.util.concurrent.ExecutionException impossible) {
            throw new IllegalStateException(impossible.getCause());
        }
    }

    private void writeUntilClosed() {
        int failures = 0;
        while (!closing || !queue.isEmpty()) {
            try {
                work.tryAcquire(1, TimeUnit.SECONDS);
                work.drainPermits();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            if (queue.isEmpty()) {
                continue;
            }
            if (!closing) {
                try {
                    hurry.tryAcquire(LINGER_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            hurry.drainPermits();
            if (writeQueued()) {
                failures = 0;
            } else if (!closing || failures < 3) {
                failures++;
                pause(Math.min(MAX_RETRY_PAUSE_MILLIS, 50L << Math.min(failures, 6)));
            } else {
                logger.error("The processing log could not be written before shutdown: {} groups of entries not committed",
                        queue.size());
                return;
            }
        }
        discardConnection();
    }

    /** Everything queued, in one transaction; a failed group goes back to the front of the queue, in order. */
    private boolean writeQueued() {
        List<Pending> group = new ArrayList<>();
        inFlight = queue.peekFirst();
        for (Pending next; (next = queue.pollFirst()) != null; ) {
            group.add(next);
        }
        List<ProcessingLog.Part> parts = group.stream().flatMap(pending -> pending.parts().stream()).toList();
        try {
            Connection writing = parts.isEmpty() ? null : connection();
            try {
                if (writing != null) {
                    append.accept(new JdbcTemplate(new SingleConnectionDataSource(writing, true)), parts);
                    writing.commit();
                }
            } catch (RuntimeException | SQLException failed) {
                discardConnection();
                throw failed;
            }
        } catch (RuntimeException | SQLException failed) {
            logger.warn("The processing log could not be written; trying again: {}", failed.toString());
            for (int i = group.size() - 1; i >= 0; i--) {
                queue.addFirst(group.get(i));
            }
            inFlight = null;
            return false;
        }
        inFlight = null;
        group.stream().filter(pending -> pending.written() != null).forEach(pending -> pending.written().complete(null));
        return true;
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

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Commits what is queued (trying a failing database a few more times) and stops the writer. */
    void close() {
        closing = true;
        work.release();
        hurry.release();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
