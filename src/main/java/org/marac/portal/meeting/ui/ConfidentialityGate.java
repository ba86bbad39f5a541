package org.marac.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.meeting.MeetingService;

/**
 * The confidentiality statement every attendee accepts before seeing anything of a meeting. Accepting is
 * recorded with the time and kept; the screen then shows the meeting.
 */
class ConfidentialityGate extends Section {

    ConfidentialityGate(MeetingService meetings, Long meetingId, Runnable onAccepted) {
        addClassName("confidentiality-gate");
        setId("confidentiality-gate");
        getElement().setAttribute("aria-labelledby", "confidentiality-title");
        H2 title = new H2(getTranslation("confidentiality.title"));
        title.setId("confidentiality-title");
        UnorderedList points = new UnorderedList(
                new ListItem(getTranslation("confidentiality.point1")),
                new ListItem(getTranslation("confidentiality.point2")),
                new ListItem(getTranslation("confidentiality.point3")),
                new ListItem(getTranslation("confidentiality.point4")));
        Button accept = new Button(getTranslation("confidentiality.accept"), click -> {
            try {
                meetings.acceptConfidentiality(meetingId);
                onAccepted.run();
            } catch (InvalidFieldException refused) {
                Notices.error(getTranslation(refused.messageKey()));
            }
        });
        accept.setId("accept-confidentiality");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, new Paragraph(getTranslation("confidentiality.intro")), points,
                new Paragraph(getTranslation("confidentiality.recorded")), accept);
    }
}
