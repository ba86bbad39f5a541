package org.marac.portal.insight;

/**
 * One number in a table of figures, or a withheld one: a small number (or one that would let a small number
 * be worked out by subtraction) in a view that goes beyond the area chair.
 */
public record Figure(Double value, boolean withheld) {

    public static final Figure WITHHELD = new Figure(null, true);
    /** Nothing to show, such as a share of nothing. */
    public static final Figure NONE = new Figure(null, false);

    public static Figure of(double value) {
        return new Figure(value, false);
    }

    public boolean isShown() {
        return !withheld && value != null;
    }

    /** The value for a chart: null when withheld or absent. */
    public Double orNull() {
        return withheld ? null : value;
    }
}
