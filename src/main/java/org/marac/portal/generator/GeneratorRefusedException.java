package org.marac.portal.generator;

/** The generator will not write into this database as things stand; nothing has been written. */
public class GeneratorRefusedException extends RuntimeException {

    public GeneratorRefusedException(String message) {
        super(message);
    }
}
