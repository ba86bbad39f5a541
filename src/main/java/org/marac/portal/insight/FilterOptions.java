package org.marac.portal.insight;

import java.util.List;

/** The areas and nominating agencies a dashboard's filters offer: those of the cases it counts. */
public record FilterOptions(List<Option> areas, List<Option> agencies) {

    public record Option(Long id, String name) {
    }

    public FilterOptions {
        areas = List.copyOf(areas);
        agencies = List.copyOf(agencies);
    }
}
