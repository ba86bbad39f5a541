package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.UI;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.nomination.CaseListRow;
import org.marac.portal.nomination.Incident;
import org.marac.portal.nomination.MaracCase;

/** How cases and incidents are named on screen. */
final class CaseLabels {

    private CaseLabels() {
    }

    static String reference(MaracCase maracCase) {
        return reference(maracCase.getId(), maracCase.getReference());
    }

    static String reference(CaseListRow row) {
        return reference(row.id(), row.reference());
    }

    /** A draft has no reference yet: it is named by its number. */
    private static String reference(Long caseId, String reference) {
        return reference != null ? reference : UI.getCurrent().getTranslation("case.draftReference", caseId);
    }

    /** Hate flags in words: monitored strands (with the religion), local strands, cyber-enabled. */
    static String flags(Incident incident) {
        return Stream.concat(
                incident.getStrands().stream().map(strand -> Labels.of("strand", strand)
                        + (strand == org.marac.portal.nomination.Strand.RELIGION && incident.getReligion() != null
                        ? " (" + incident.getReligion() + ")" : "")),
                Stream.concat(incident.getLocalStrands().stream(),
                        incident.isCyberEnabled() ? Stream.of(UI.getCurrent().getTranslation("incident.cyber")) : Stream.empty()))
                .collect(Collectors.joining(", "));
    }
}
