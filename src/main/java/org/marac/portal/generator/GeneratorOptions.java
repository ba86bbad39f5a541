package org.marac.portal.generator;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.ApplicationArguments;

/**
 * What to generate. Scale 1 is a force: 50,000 cases over ten years, about 150,000 people and 10 million
 * processing log entries; everything scales with it. The same seed, scale and end date give the same data.
 *
 * @param seed               the random seed
 * @param scale              the share of a force's volume, above 0
 * @param until              the last day of the ten years (the data ends the day before, UTC)
 * @param allowExistingCases add to a database that already holds cases (otherwise the generator refuses)
 */
public record GeneratorOptions(long seed, double scale, LocalDate until, boolean allowExistingCases) {

    public static final long DEFAULT_SEED = 42;
    public static final int YEARS = 10;

    public GeneratorOptions {
        if (!(scale > 0) || scale > 20) {
            throw new IllegalArgumentException("--scale must be above 0 and at most 20, not " + scale);
        }
        if (until == null) {
            throw new IllegalArgumentException("--until is required");
        }
    }

    /** The defaults: seed 42, scale 1, ending today (UTC). */
    public static GeneratorOptions defaults() {
        return new GeneratorOptions(DEFAULT_SEED, 1, LocalDate.now(ZoneOffset.UTC), false);
    }

    public GeneratorOptions withScale(double newScale) {
        return new GeneratorOptions(seed, newScale, until, allowExistingCases);
    }

    public GeneratorOptions withSeed(long newSeed) {
        return new GeneratorOptions(newSeed, scale, until, allowExistingCases);
    }

    public GeneratorOptions withUntil(LocalDate newUntil) {
        return new GeneratorOptions(seed, scale, newUntil, allowExistingCases);
    }

    public GeneratorOptions allowingExistingCases() {
        return new GeneratorOptions(seed, scale, until, true);
    }

    /** {@code --seed=42 --scale=0.02 --until=2026-11-25 --allow-existing-cases}, each optional. */
    public static GeneratorOptions from(ApplicationArguments arguments) {
        GeneratorOptions options = defaults();
        String seed = single(arguments, "seed");
        String scale = single(arguments, "scale");
        String until = single(arguments, "until");
        try {
            if (seed != null) {
                options = options.withSeed(Long.parseLong(seed.strip()));
            }
            if (scale != null) {
                options = options.withScale(Double.parseDouble(scale.strip()));
            }
            if (until != null) {
                options = options.withUntil(LocalDate.parse(until.strip()));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Cannot read the generator's arguments: " + e.getMessage(), e);
        }
        if (arguments.containsOption("allow-existing-cases")) {
            String allow = single(arguments, "allow-existing-cases");
            if (allow == null || allow.isBlank() || Boolean.parseBoolean(allow)) {
                options = options.allowingExistingCases();
            }
        }
        return options;
    }

    private static String single(ApplicationArguments arguments, String name) {
        List<String> values = arguments.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.getLast();
    }

    /** The arguments that give exactly this data set again. */
    public String asArguments() {
        return "--seed=" + seed + " --scale=" + scale + " --until=" + until;
    }
}
