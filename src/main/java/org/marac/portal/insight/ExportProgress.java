package org.marac.portal.insight;

/** Told how far an export has got, from 0 to 1, as each part is worked out. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = done -> {
    };

    void progressed(double done);
}
