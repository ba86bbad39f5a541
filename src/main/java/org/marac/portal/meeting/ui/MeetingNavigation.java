package org.marac.portal.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;

/** Links other modules may show to the meetings pages, without knowing the view classes. */
public final class MeetingNavigation {

    private MeetingNavigation() {
    }

    public static RouterLink meetings(String text) {
        return new RouterLink(text, MeetingsView.class);
    }

    public static RouterLink meeting(String text, Long meetingId) {
        return new RouterLink(text, MeetingView.class, MeetingLabels.parameters(meetingId));
    }

    public static Class<? extends Component> meetingsView() {
        return MeetingsView.class;
    }
}
