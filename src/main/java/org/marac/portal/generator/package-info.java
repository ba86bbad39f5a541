/**
 * The force-scale data generator: fills a database with a realistic, deterministic data set (a force's
 * partnership, ten years of cases with their people, incidents, risk assessments, MARAC meetings and actions,
 * and the processing log their handling would have written, hash-chained) for benchmarks and trials. Run only on request, through the
 * {@code generate} profile; it refuses a database that already holds cases unless told otherwise.
 */
package org.marac.portal.generator;
