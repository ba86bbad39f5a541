package org.marac.portal.generator;

import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The console progress of a generation: one bar per step with counts, rate and time left. On a terminal the
 * bar is redrawn in place; in a log (CI, a redirected run) a line is written every few seconds instead.
 */
public final class Progress {

    private static final int BAR_WIDTH = 28;

    private final PrintStream out;
    private final boolean terminal;
    private final long intervalNanos;

    private Progress(PrintStream out, boolean terminal, Duration interval) {
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = interval.toNanos();
    }

    /** A bar on standard output. */
    public static Progress console() {
        boolean terminal = isTerminal();
        return new Progress(System.out, terminal, terminal ? Duration.ofMillis(200) : Duration.ofSeconds(5));
    }

    /** Lines only, written to the given stream when a step ends (tests). */
    public static Progress quiet(PrintStream out) {
        return new Progress(out, false, Duration.ofDays(1));
    }

    public Step step(int number, int steps, String title, long total, String unit) {
        return new Step("[" + number + "/" + steps + "] " + title, Math.max(total, 1), unit);
    }

    /** Writes a line of its own (a summary, a warning) below the bars. */
    public synchronized void line(String text) {
        out.println(text);
    }

    /** One step's bar: advanced by whatever thread does the work. */
    public final class Step {

        private final String title;
        private final String unit;
        private final long started = System.nanoTime();
        private final AtomicLong done = new AtomicLong();
        private volatile long total;
        private long lastDrawn;

        private Step(String title, long total, String unit) {
            this.title = title;
            this.total = total;
            this.unit = unit;
            this.lastDrawn = started;
        }

        /** The amount of work turned out larger or smaller than planned. */
        public void resize(long newTotal) {
            total = Math.max(newTotal, 1);
        }

        public void advance(long amount) {
            done.addAndGet(amount);
            long now = System.nanoTime();
            if (now - lastDrawn >= intervalNanos) {
                synchronized (Progress.this) {
                    if (now - lastDrawn >= intervalNanos) {
                        lastDrawn = now;
                        draw(false);
                    }
                }
            }
        }

        public long done() {
            return done.get();
        }

        public void finish() {
            synchronized (Progress.this) {
                draw(true);
            }
        }

        private void draw(boolean finished) {
            long count = done.get();
            long of = Math.max(total, count);
            double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
            double rate = count / seconds;
            int filled = (int) Math.round(BAR_WIDTH * (double) count / of);
            String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
            String tail = finished ? "done in " + clock(seconds)
                    : "ETA " + (rate > 0 ? clock((of - count) / rate) : "?");
            String text = String.format(Locale.UK, "%-34s [%s] %,d/%,d %s  %,.0f/s  %s", title, bar, count, of, unit, rate, tail);
            if (terminal) {
                out.print("\r" + text + (finished ? "\n" : ""));
            } else {
                out.println(text);
            }
            out.flush();
        }
    }

    private static String clock(double seconds) {
        long whole = Math.round(seconds);
        return whole >= 3600 ? String.format("%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
                : String.format("%d:%02d", whole / 60, whole % 60);
    }

    /** A real terminal, not a pipe: from Java 22 a console exists either way and says which it is. */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
