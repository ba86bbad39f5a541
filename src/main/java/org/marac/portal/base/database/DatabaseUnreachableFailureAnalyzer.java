package org.marac.portal.base.database;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/** Turns "cannot connect to the database" at start-up into one clear line instead of a stack trace. */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLTransientConnectionException) {
                String url = environment.getProperty("spring.datasource.url", "(no URL)");
                return new FailureAnalysis(
                        "The portal cannot reach its database at " + url + ": " + cause.getMessage(),
                        "Start MariaDB or correct SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
                        cause);
            }
        }
        return null;
    }
}
