package org.marac.portal.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedMariaDbEnvironmentTest {

    @Test
    void anExternalDatasourceUrlMeansNoEmbeddedDatabase() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example:3306/marac");
        int sourcesBefore = environment.getPropertySources().size();

        new EmbeddedMariaDbEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().size()).isEqualTo(sourcesBefore);
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:mariadb://db.example:3306/marac");
    }

    @Test
    void theEmbeddedDatabaseCanBeSwitchedOff() {
        MockEnvironment environment = new MockEnvironment().withProperty("portal.embedded-db.enabled", "false");

        new EmbeddedMariaDbEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isNull();
    }

    @Test
    void anUnreachableDatabaseIsReportedInOneLine() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example:3306/marac");
        var failure = new IllegalStateException("context failed",
                new RuntimeException(new SQLNonTransientConnectionException("Socket fail to connect to db.example")));

        var analysis = new DatabaseUnreachableFailureAnalyzer(environment).analyze(failure);

        assertThat(analysis.getDescription())
                .isEqualTo("The portal cannot reach its database at jdbc:mariadb://db.example:3306/marac: "
                        + "Socket fail to connect to db.example")
                .doesNotContain("\n");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }
}
