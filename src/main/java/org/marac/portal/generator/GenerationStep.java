package org.marac.portal.generator;

import java.sql.SQLException;

/**
 * One step of a generation: it writes its own tables and adds to the {@link Force} what later steps need,
 * including the processing log events its work would have caused (the last step chains them all). Steps
 * run in the order {@link DataGenerator} lists them; each draws from random numbers of its own, so adding a
 * step leaves the data of the others unchanged.
 *
 * <p>To add a step: write a class implementing this interface, read what you need from the force (cases with
 * their timeline, area, agencies and people), write rows through {@link GenerationContext#rows}, register the
 * log events your processing would have written ({@link LogEvents#kind} and {@link LogEvents#add}), and list
 * the step in {@link DataGenerator#steps()} before the processing log step.
 */
interface GenerationStep {

    /** Shown on the progress bar. */
    String title();

    void generate(Force force, GenerationContext context) throws SQLException;
}
