package org.marac.portal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Walks the processing log in order and reports the first entry whose hash does not hold. Reading the rows
 * and hashing them overlap: one thread streams the log from the database in batches while the caller's
 * thread checks them, so verification takes about as long as reading the log once.
 */
@Service
public class ChainVerification {

    /** The outcome: how many entries were checked, and the first broken one (null when the chain holds). */
    public record Result(long checked, Long firstBrokenId) {
        public boolean intact() {
            return firstBrokenId == null;
        }
    }

    private static final int BATCH = 2_000;
    private static final List<Row> END = List.of();

    private final DataSource dataSource;
    private final ProcessingLog log;

    ChainVerification(DataSource dataSource, ProcessingLog log) {
        this.dataSource = dataSource;
        this.log = log;
    }

    /** Walks the whole chain, up to and including every entry recorded before the call. */
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public Result verify() {
        log.awaitWritten();
        return verifyIn(dataSource);
    }

    /**
     * Walks the chain of the log in the given database. For tools that hold a database of their own (the
     * data generator and its tests); the portal's data protection officer uses {@link #verify()}.
     */
    public static Result verifyIn(DataSource dataSource) {
        BlockingQueue<List<Row>> batches = new ArrayBlockingQueue<>(16);
        Reader reader = new Reader(dataSource, batches);
        Thread thread = new Thread(reader, "chain-verification-reader");
        thread.setDaemon(true);
        thread.start();
        String expectedPrevious = ProcessingLog.GENESIS;
        long checked = 0;
        Long firstBroken = null;
        try {
            for (List<Row> batch = batches.take(); batch != END; batch = batches.take()) {
                for (Row row : batch) {
                    checked++;
                    if (!row.previous().equals(expectedPrevious) || !row.hash().equals(ProcessingLog.hash(row.previous(), row.entry()))) {
                        firstBroken = row.id();
                        break;
                    }
                    expectedPrevious = row.hash();
                }
                if (firstBroken != null) {
                    reader.stop();
                    break;
                }
            }
            thread.join();
        } catch (InterruptedException e) {
            reader.stop();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Chain verification interrupted", e);
        }
        if (reader.failure != null && firstBroken == null) {
            throw reader.failure;
        }
        return new Result(checked, firstBroken);
    }

    /** One stored entry: its id, its content as hashed, and the two hashes stored with it. */
    private record Row(long id, ProcessingLog.Entry entry, String previous, String hash) {
    }

    /** Streams the log in id order into batches for the checking thread. */
    private static final class Reader implements Runnable {

        private final JdbcTemplate streaming;
        private final BlockingQueue<List<Row>> batches;
        private volatile boolean stopped;
        private volatile RuntimeException failure;

        Reader(DataSource dataSource, BlockingQueue<List<Row>> batches) {
            // Rows are streamed, not loaded at once: the log holds millions of entries.
            this.streaming = new JdbcTemplate(dataSource);
            this.streaming.setFetchSize(1000);
            this.batches = batches;
        }

        void stop() {
            stopped = true;
            batches.clear();
        }

        @Override
        public void run() {
            List<List<Row>> pending = new ArrayList<>(1);
            pending.add(new ArrayList<>(BATCH));
            try {
                streaming.query("""
                        SELECT id, occurred_at, member_id, agency_id, operation, subject_type, subject_id, person_ids,
                            recipient_agency_id, detail, previous_hash, hash
                        FROM processing_log ORDER BY id
                        """, (ResultSet row) -> {
                    if (stopped) {
                        throw new StoppedException();
                    }
                    List<Row> batch = pending.getFirst();
                    batch.add(read(row));
                    if (batch.size() == BATCH) {
                        hand(batch);
                        pending.set(0, new ArrayList<>(BATCH));
                    }
                });
                hand(pending.getFirst());
            } catch (StoppedException e) {
                return;
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                if (!stopped) {
                    handEnd();
                }
            }
        }

        private void hand(List<Row> batch) {
            try {
                batches.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoppedException();
            }
        }

        private void handEnd() {
            try {
                batches.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static Row read(ResultSet row) throws SQLException {
            return new Row(row.getLong(1), new ProcessingLog.Entry(
                    row.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), nullableLong(row, 3),
                    nullableLong(row, 4), ProcessingOperation.valueOf(row.getString(5)), row.getString(6),
                    nullableLong(row, 7), row.getString(8), nullableLong(row, 9), row.getString(10)),
                    row.getString(11), row.getString(12));
        }

        private static Long nullableLong(ResultSet row, int column) throws SQLException {
            long value = row.getLong(column);
            return row.wasNull() ? null : value;
        }
    }

    /** The checker found a break: reading further is pointless. */
    private static final class StoppedException extends RuntimeException {
        StoppedException() {
            super(null, null, false, false);
        }
    }
}
