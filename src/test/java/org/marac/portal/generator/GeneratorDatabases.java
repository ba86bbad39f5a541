package org.marac.portal.generator;

import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Empty portal databases for generator tests and benchmarks: another schema on the same MariaDB server as the
 * shared test database, dropped and migrated by Liquibase afresh, so generating never touches the data other
 * tests share.
 */
public final class GeneratorDatabases {

    private GeneratorDatabases() {
    }

    /**
     * A freshly migrated, empty schema beside the one the given URL points at.
     *
     * @param sharedUrl the JDBC URL of the test database ({@code spring.datasource.url})
     */
    public static DataSource freshSchema(JdbcTemplate shared, String sharedUrl, String schema) throws Exception {
        shared.execute("DROP DATABASE IF EXISTS " + schema);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                sharedUrl.replaceFirst("/[A-Za-z0-9_]+\\?", "/" + schema + "?"), "root", "");
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog("classpath:db/changelog.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
        return dataSource;
    }
}
