package org.marac.portal.generator;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * What a generation produced: rows per table, the processing log's new chain head (which covers every
 * entry's content), a checksum over every other row as it was sent, and how long it took. Two runs with the
 * same options into empty databases give the same rows, head and checksum.
 */
public record GenerationReport(GeneratorOptions options, Map<String, Long> rows, String chainHead, String checksum,
        Duration took) {

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }

    public String summary() {
        StringBuilder text = new StringBuilder(String.format(Locale.UK, "Generated in %d:%02d (%s):%n",
                took.toMinutes(), took.toSecondsPart(), options.asArguments()));
        rows.forEach((table, count) -> text.append(String.format(Locale.UK, "  %-26s %,14d%n", table, count)));
        text.append("  processing log head: ").append(chainHead).append(System.lineSeparator());
        return text.toString();
    }
}
