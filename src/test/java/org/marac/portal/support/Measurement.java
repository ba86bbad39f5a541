package org.marac.portal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Timings for benchmarks: warm-up rounds that are thrown away, then measured rounds, reported as mean,
 * standard deviation, minimum and maximum. Benchmarks print figures; they do not pass or fail on them.
 */
public final class Measurement {

    private final String name;
    private final List<Double> millis = new ArrayList<>();

    public Measurement(String name) {
        this.name = name;
    }

    /** Times one run of the work, in milliseconds, and keeps it. */
    public <T> T time(Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        millis.add((System.nanoTime() - started) / 1e6);
        return result;
    }

    public void add(double runMillis) {
        millis.add(runMillis);
    }

    public String name() {
        return name;
    }

    public int runs() {
        return millis.size();
    }

    public double mean() {
        return millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    public double standardDeviation() {
        double mean = mean();
        return Math.sqrt(millis.stream().mapToDouble(m -> (m - mean) * (m - mean)).sum() / Math.max(1, millis.size() - 1));
    }

    public double min() {
        return millis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double max() {
        return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** The median: what a typical run took, unmoved by the odd slow one on a shared machine. */
    public double median() {
        List<Double> sorted = millis.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public String line() {
        return String.format(Locale.UK, "%-46s mean %9.3f ms  sd %8.3f  median %9.3f  min %9.3f  max %9.3f  (%d runs)",
                name, mean(), standardDeviation(), median(), min(), max(), runs());
    }
}
