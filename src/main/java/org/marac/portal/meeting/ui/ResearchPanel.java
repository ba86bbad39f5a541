package org.marac.portal.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.meeting.AgendaItem;
import org.marac.portal.meeting.Meeting;
import org.marac.portal.nomination.CaseAccessPolicy;
import org.marac.portal.nomination.CaseInformationService;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.ui.CaseView;
import org.marac.portal.nomination.ui.SharedInformationSection;
import org.marac.portal.partner.PortalUser;

/**
 * Research for the meeting: for each case on the agenda, what each agency knows (fact and opinion apart,
 * optionally restricted to its own agency), recorded before the meeting by the attending agencies.
 */
class ResearchPanel extends Section {

    ResearchPanel(CaseInformationService information, NominationService nominations, Meeting meeting,
            List<AgendaItem> agenda) {
        addClassName("research-panel");
        add(new Paragraph(getTranslation("research.intro")));
        boolean mayWrite = CaseAccessPolicy.seesAgencyCases(PortalUser.require()) && !meeting.getStatus().isHeld();
        for (AgendaItem item : agenda) {
            MaracCase maracCase = nominations.find(item.getCaseId());
            Div block = new Div();
            block.addClassName("research-case");
            H3 heading = new H3(MeetingLabels.item(item));
            block.add(heading, new RouterLink(getTranslation("live.openCase"), CaseView.class,
                    MeetingLabels.caseParameters(item.getCaseId())));
            block.add(new Paragraph(getTranslation("research.status", Labels.of("case.status", maracCase.getStatus()))));
            block.add(new SharedInformationSection(information, maracCase, meeting.getId(),
                    mayWrite && maracCase.isInMarac()));
            add(block);
        }
        if (agenda.isEmpty()) {
            add(new Paragraph(getTranslation("agenda.empty")));
        }
    }
}
