package org.marac.portal.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * Fills a database with a force's worth of realistic data, deterministically from a seed, by bulk loading
 * (never entity by entity). The database must be migrated (the portal's tables exist) and must hold no cases,
 * unless {@link GeneratorOptions#allowExistingCases()} says to add to them: nobody fills a live database by
 * mistake. Agencies, areas and members already there (the demo partnership) are used; what is missing is added.
 */
public final class DataGenerator {

    /** Redo log and buffer pool for loading millions of rows without constant checkpoint flushing. */
    private static final long LOADING_MEMORY = 1L << 30;

    private final boolean tuneServer;

    public DataGenerator() {
        this(false);
    }

    /**
     * @param tuneServer enlarge the server's redo log and buffer pool to 1 GB if smaller: only for a server the
     *                   generator's user owns (the embedded development database), never a shared one
     */
    public DataGenerator(boolean tuneServer) {
        this.tuneServer = tuneServer;
    }

    /** The steps, in order: meetings before the actions they agreed, the processing log last. */
    static List<GenerationStep> steps() {
        return List.of(new PartnershipStep(), new CaseStep(), new IncidentStep(), new RiskAssessmentStep(),
                new MeetingStep(), new ActionStep(), new ProcessingLogStep());
    }

    public GenerationReport run(DataSource dataSource, GeneratorOptions options, Progress progress) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            long existing = existingCases(connection);
            if (existing > 0 && !options.allowExistingCases()) {
                throw new GeneratorRefusedException("The database already holds " + existing
                        + " cases: the generator adds data only to a database without cases. Give --allow-existing-cases"
                        + " to add to them anyway (never on a live database).");
            }
            if (tuneServer) {
                tune(connection, progress);
            }
            boolean autoCommit = connection.getAutoCommit();
            try (Statement session = connection.createStatement()) {
                // Rows refer to rows loaded in other batches; the generator keeps the references right itself.
                session.execute("SET SESSION foreign_key_checks = 0");
            }
            connection.setAutoCommit(false);
            Force force = new Force(options);
            List<GenerationStep> steps = steps();
            try (GenerationContext context = new GenerationContext(connection, options, progress, steps.size())) {
                for (int i = 0; i < steps.size(); i++) {
                    context.beginStep(i + 1, steps.get(i).title());
                    steps.get(i).generate(force, context);
                    context.drain();
                }
                return new GenerationReport(options, context.rowsLoaded(), force.chainHead, context.digest(),
                        Duration.ofNanos(System.nanoTime() - started));
            } finally {
                connection.rollback();
                try (Statement session = connection.createStatement()) {
                    session.execute("SET SESSION foreign_key_checks = 1");
                }
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static void tune(Connection connection, Progress progress) throws SQLException {
        for (String variable : List.of("innodb_log_file_size", "innodb_buffer_pool_size")) {
            try (Statement statement = connection.createStatement();
                    ResultSet value = statement.executeQuery("SELECT @@GLOBAL." + variable)) {
                value.next();
                if (value.getLong(1) < LOADING_MEMORY) {
                    statement.execute("SET GLOBAL " + variable + " = " + LOADING_MEMORY);
                }
            } catch (SQLException e) {
                progress.line("Could not enlarge " + variable + " (" + e.getMessage() + "); generating anyway, more slowly.");
            }
        }
    }

    private static long existingCases(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM marac_case");
                ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLSyntaxErrorException e) {
            throw new GeneratorRefusedException("The database has no portal tables (" + e.getMessage()
                    + "): start the portal once against it, so Liquibase creates them, then generate.");
        }
    }
}
