package org.marac.portal.support;

import java.io.PrintStream;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.marac.portal.generator.DataGenerator;
import org.marac.portal.generator.GenerationReport;
import org.marac.portal.generator.GeneratorOptions;
import org.marac.portal.generator.Progress;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The generated data set benchmarks run on, made once per benchmark database: the demo partnership and
 * cases, plus generated data at {@code -Dbenchmark.scale} (default 0.1: 5,000 cases and a million log
 * entries) from {@code -Dbenchmark.seed} (default 42), ending on a fixed day so runs are comparable.
 */
@Component
public class BenchmarkData {

    public static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "0.1"));
    public static final long SEED = Long.parseLong(System.getProperty("benchmark.seed", "42"));
    public static final LocalDate UNTIL = LocalDate.of(2026, 11, 1);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    BenchmarkData(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Generates unless this database already holds the generated data. */
    public synchronized void ensureGenerated(PrintStream out) throws Exception {
        Integer generated = jdbc.queryForObject("SELECT COUNT(*) FROM member WHERE issuer = 'urn:marac:generated'", Integer.class);
        if (generated != null && generated > 0) {
            return;
        }
        out.println("Generating the benchmark data set: scale " + SCALE + ", seed " + SEED + " ...");
        // The benchmark database is embedded and its own (tuned for loading) and has the demo cases: add to them.
        GenerationReport report = new DataGenerator(true).run(dataSource,
                new GeneratorOptions(SEED, SCALE, UNTIL, true), Progress.console());
        out.println(report.summary());
    }
}
