package org.marac.portal.insight;

import java.util.List;
import java.util.Optional;

/**
 * Every measure of one dashboard for one filter, worked out at one moment.
 *
 * @param scope      whose cases are counted
 * @param filter     the period and filters applied
 * @param period     the period in words, such as "Jan 2025 to Dec 2025"
 * @param withheld   whether small numbers are withheld in this dashboard
 * @param threshold  counts below this (and above zero) are withheld when {@code withheld}
 * @param sections   the measures in reading order
 */
public record Dashboard(DashboardScope scope, InsightFilter filter, String period, boolean withheld, int threshold,
        List<Section> sections) {

    public Dashboard {
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst();
    }

    /** The table of a section that every dashboard of this scope has. */
    public FigureTable table(String sectionId) {
        return section(sectionId).orElseThrow(() -> new IllegalArgumentException("No section " + sectionId)).table();
    }
}
