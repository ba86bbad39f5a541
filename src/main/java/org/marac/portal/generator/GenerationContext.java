package org.marac.portal.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ExecutionException;
import java.util.zip.CRC32C;
import org.marac.portal.base.database.BulkLoad;

/**
 * What a step writes with. The database connection belongs to one loader thread: steps hand it filled
 * buffers and go on generating while it loads them, in order, each load committed. Ids are given by the
 * generator (from the table's current maximum), so rows can refer to each other before they are loaded.
 */
final class GenerationContext implements AutoCloseable {

    /** A buffer is sent when it holds this much. */
    private static final int FLUSH_BYTES = 4 << 20;

    /** Work done on the connection by the loader thread. */
    interface ConnectionWork<T> {
        T on(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final GeneratorOptions options;
    private final Progress progress;
    private final int steps;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "generator-loader");
        thread.setDaemon(true);
        return thread;
    });
    /** Buffers waiting for the loader: enough to keep it busy, few enough to bound memory. */
    private final Semaphore waiting = new Semaphore(3);
    private final Map<String, Long> nextIds = new HashMap<>();
    private final Map<String, Long> rowsLoaded = new TreeMap<>();
    private final Map<String, CRC32C> digests = new TreeMap<>();
    private volatile Throwable failure;
    private int stepNumber;
    private String stepTitle = "";

    GenerationContext(Connection connection, GeneratorOptions options, Progress progress, int steps) {
        this.connection = connection;
        this.options = options;
        this.progress = progress;
        this.steps = steps;
    }

    void beginStep(int number, String title) {
        stepNumber = number;
        stepTitle = title;
    }

    GeneratorOptions options() {
        return options;
    }

    Progress progress() {
        return progress;
    }

    /** The current step's bar. */
    Progress.Step bar(long total, String unit) {
        return progress.step(stepNumber, steps, stepTitle, total, unit);
    }

    /**
     * Random numbers for one purpose of the current step, seeded from the run's seed, the step and the
     * purpose only: what one step draws never shifts another's.
     */
    SplittableRandom random(String purpose) {
        long mixed = options.seed();
        for (char c : (stepTitle + "/" + purpose).toCharArray()) {
            mixed = mix(mixed * 31 + c);
        }
        return new SplittableRandom(mixed);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Reserves {@code count} consecutive ids of a table with an id column; returns the first. */
    long ids(String table, long count) throws SQLException {
        Long next = nextIds.get(table);
        if (next == null) {
            next = call(c -> {
                try (PreparedStatement max = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
                        ResultSet row = max.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            });
        }
        nextIds.put(table, next + count);
        return next;
    }

    /** Rows for a table, sent to the loader whenever a few megabytes have been added. */
    Rows rows(String table, String... columns) {
        return new Rows(table, columns);
    }

    final class Rows {
        private final String table;
        private final String[] columns;
        private BulkLoad current;

        private Rows(String table, String[] columns) {
            this.table = table;
            this.columns = columns;
            this.current = BulkLoad.into(table, columns);
        }

        /** The buffer to add the next row to. */
        BulkLoad row() {
            if (current.pendingBytes() >= FLUSH_BYTES && current.betweenRows()) {
                flush();
            }
            return current;
        }

        /** Sends what has been added. */
        void flush() {
            if (current.pendingRows() == 0) {
                return;
            }
            BulkLoad full = current;
            current = BulkLoad.into(table, columns);
            digests.computeIfAbsent(table, t -> new CRC32C());
            full.update(digests.get(table));
            submit(c -> {
                int loaded = full.load(c);
                synchronized (rowsLoaded) {
                    rowsLoaded.merge(table, (long) loaded, Long::sum);
                }
                return loaded;
            });
        }
    }

    /** Queues work for the loader thread; it runs after everything queued before it and is then committed. */
    void submit(ConnectionWork<?> work) {
        rethrow();
        waiting.acquireUninterruptibly();
        loader.submit(() -> {
            try {
                if (failure == null) {
                    work.on(connection);
                    connection.commit();
                }
            } catch (Throwable e) {
                failure = e;
            } finally {
                waiting.release();
            }
        });
    }

    /** Runs work on the connection after everything queued, and waits for its result. */
    <T> T call(ConnectionWork<T> work) throws SQLException {
        rethrow();
        return callEvenAfterFailure(work);
    }

    /** As {@link #call}, also when earlier work failed: for putting things back. */
    <T> T callEvenAfterFailure(ConnectionWork<T> work) throws SQLException {
        Future<T> result = loader.submit(() -> {
            T value = work.on(connection);
            connection.commit();
            return value;
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits until everything queued is loaded. */
    void drain() throws SQLException {
        call(c -> null);
        rethrow();
    }

    void countRows(String table, long rows) {
        synchronized (rowsLoaded) {
            rowsLoaded.merge(table, rows, Long::sum);
        }
    }

    Map<String, Long> rowsLoaded() {
        synchronized (rowsLoaded) {
            return new TreeMap<>(rowsLoaded);
        }
    }

    /** One checksum over every row the steps produced, table by table, in the order produced. */
    String digest() {
        StringBuilder text = new StringBuilder();
        digests.forEach((table, crc) -> text.append(table).append('=').append(Long.toHexString(crc.getValue())).append(';'));
        return text.toString();
    }

    private void rethrow() {
        Throwable e = failure;
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw new IllegalStateException("Loading failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        loader.shutdownNow();
    }
}
