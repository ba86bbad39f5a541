package org.marac.portal.meeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.marac.portal.action.ActionService;
import org.marac.portal.action.CaseAction;
import org.marac.portal.action.ui.ActionForms;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.LabelledLine;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.meeting.AgendaEntry;
import org.marac.portal.meeting.AgendaItem;
import org.marac.portal.meeting.LiveMeetingService;
import org.marac.portal.meeting.LiveMeetingService.CurrentCase;
import org.marac.portal.meeting.LiveMeetingService.LiveState;
import org.marac.portal.meeting.Meeting;
import org.marac.portal.meeting.MeetingNotFoundException;
import org.marac.portal.meeting.MeetingService;
import org.marac.portal.meeting.MeetingStatus;
import org.marac.portal.meeting.internal.LiveMeetingChanged.Change;
import org.marac.portal.nomination.CaseInformation;
import org.marac.portal.nomination.CaseParty;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.ui.CaseView;
import org.marac.portal.nomination.ui.CommunicationPreferences;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The live meeting. The chair moves through the agenda; every attendee's screen follows at once through
 * server push: the current case's summary, endorsed risk, how to contact the victim safely, research from
 * every agency (restricted entries only to their own), open actions, and what the meeting records about it.
 * The state is read from the database on every change, so a screen opened again after a dropped connection
 * starts at the current case.
 */
@Route("meetings/:meetingId/live")
@RolesAllowed({"CHAIR", "PRACTITIONER", "SUPERVISOR", "AGENCY_LEAD"})
public class LiveMeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LiveMeetingService live;
    private final MeetingService meetings;
    private final ActionService actions;
    private final AgencyService agencies;
    private final MemberService members;
    private final MeetingBroadcaster broadcaster;

    private final Div content = new Div();
    private final Div presence = new Div();
    private Long meetingId;
    private RouterLink back;
    private LiveState state;
    private boolean joined;
    private List<MeetingBroadcaster.Presence> lastConnected = List.of();
    private Registration registration;
    private String title = "";

    LiveMeetingView(LiveMeetingService live, MeetingService meetings, ActionService actions, AgencyService agencies,
            MemberService members, MeetingBroadcaster broadcaster) {
        this.live = live;
        this.meetings = meetings;
        this.actions = actions;
        this.agencies = agencies;
        this.members = members;
        this.broadcaster = broadcaster;
        addClassName("live-meeting");
        content.addClassName("live-content");
        presence.addClassName("live-presence");
        presence.setId("live-presence");
        presence.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        stopListening();
        back = null;
        Meeting meeting;
        try {
            meetingId = Long.valueOf(event.getRouteParameters().get("meetingId").orElse(""));
            meeting = meetings.find(meetingId);
        } catch (MeetingNotFoundException | NumberFormatException notVisible) {
            meetingId = null;
            title = getTranslation("meeting.denied.title");
            add(new H1(title), new Paragraph(getTranslation("meeting.denied.text")));
            return;
        }
        title = getTranslation("live.title", MeetingLabels.title(meeting));
        add(new H1(title));
        if (!meetings.hasAcceptedConfidentiality(meetingId)) {
            add(new ConfidentialityGate(meetings, meetingId, () -> {
                removeAll();
                add(new H1(title));
                showMeeting();
            }));
            return;
        }
        showMeeting();
    }

    private void showMeeting() {
        add(content, presence);
        refresh();
        startListening();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        startListening();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening();
        super.onDetach(detachEvent);
    }

    private void startListening() {
        if (registration == null && state != null && isAttached()) {
            UI ui = getUI().orElseThrow();
            registration = broadcaster.register(meetingId, ui, PortalUser.require(), this::changed);
        }
    }

    private void stopListening() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    /** Runs inside {@code ui.access}: the attendee's own login reads the state, as their access allows. */
    private void changed(Change change) {
        if (change == Change.ATTENDANCE) {
            showPresence();
        } else {
            refresh();
        }
    }

    private void refresh() {
        try {
            state = live.state(meetingId);
        } catch (MeetingNotFoundException cancelledOrGone) {
            content.removeAll();
            content.add(new Paragraph(getTranslation("live.gone")));
            return;
        }
        if (state.meeting().getStatus() == MeetingStatus.IN_PROGRESS && !joined) {
            joined = true;
            live.join(meetingId);
        }
        content.removeAll();
        content.add(header(), body());
        showPresence();
    }

    private Component header() {
        Meeting meeting = state.meeting();
        Div header = new Div();
        header.addClassName("live-header");
        Span status = new Span(MeetingLabels.status(meeting));
        status.addClassName("badge");
        status.setId("live-status");
        header.add(status);
        Optional<CurrentCase> current = state.current();
        if (current.isPresent()) {
            Span where = new Span(getTranslation("live.position", state.position(), state.agenda().size()));
            where.setId("live-position");
            header.add(where, timer(current.get().item()));
        }
        if (state.chair()) {
            header.add(chairControls(meeting));
        }
        if (back == null) {
            // The same link at every refresh: building a route's URL is a large part of redrawing the header.
            back = new RouterLink(getTranslation("live.meetingPage"), MeetingView.class, MeetingLabels.parameters(meetingId));
        }
        header.add(back);
        return header;
    }

    /** Time used against the slot: exact at every refresh, counted on in the browser between refreshes. */
    private Component timer(AgendaItem item) {
        Span timer = new Span();
        timer.setId("live-timer");
        timer.addClassName("live-timer");
        long used = state.secondsOnCurrent();
        long slot = item.getSlotMinutes() * 60L;
        String usedPattern = getTranslation("live.timer");
        String overPattern = getTranslation("live.timer.over");
        timer.setText(format(used > slot ? overPattern : usedPattern, used, slot));
        timer.getElement().setAttribute("role", "timer");
        if (used > slot) {
            timer.addClassName("over-time");
        }
        timer.getElement().executeJs("""
                const el = this; if (el.__tick) { clearInterval(el.__tick); }
                let s = $0; const slot = $1;
                const mmss = n => String(Math.floor(n / 60)).padStart(2, '0') + ':' + String(n % 60).padStart(2, '0');
                el.__tick = setInterval(() => {
                    if (!el.isConnected) { clearInterval(el.__tick); return; }
                    s++;
                    const pattern = s > slot ? $3 : $2;
                    el.textContent = pattern.replace('{0}', mmss(s)).replace('{1}', mmss(slot)).replace('{2}', mmss(Math.max(0, s - slot)));
                    el.classList.toggle('over-time', s > slot);
                }, 1000);
                """, used, slot, usedPattern, overPattern);
        return timer;
    }

    private static String format(String pattern, long used, long slot) {
        return pattern.replace("{0}", MeetingLabels.minutesAndSeconds(used)).replace("{1}", MeetingLabels.minutesAndSeconds(slot))
                .replace("{2}", MeetingLabels.minutesAndSeconds(Math.max(0, used - slot)));
    }

    private Component chairControls(Meeting meeting) {
        Div controls = new Div();
        controls.addClassName("live-controls");
        if (meeting.getStatus() == MeetingStatus.AGENDA_PUBLISHED) {
            Button start = new Button(getTranslation("live.start"), click -> act(() -> live.start(meetingId, meeting.getVersion())));
            start.setId("start-meeting");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            controls.add(start);
        }
        if (meeting.getStatus() == MeetingStatus.IN_PROGRESS) {
            List<AgendaEntry> agenda = state.agenda();
            int at = state.position() - 1;
            Button previous = new Button(getTranslation("live.previous"),
                    click -> act(() -> live.moveTo(meetingId, agenda.get(at - 1).itemId())));
            previous.setId("previous-case");
            previous.setEnabled(at > 0);
            Button next = new Button(getTranslation("live.next"),
                    click -> act(() -> live.moveTo(meetingId, agenda.get(at + 1).itemId())));
            next.setId("next-case");
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next.setEnabled(at >= 0 && at < agenda.size() - 1);
            Button conclude = new Button(getTranslation("live.conclude"), click -> confirmConclusion(meeting));
            conclude.setId("conclude-meeting");
            controls.add(previous, next, conclude);
        }
        return controls;
    }

    private void confirmConclusion(Meeting meeting) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("live.conclude.title"));
        long undiscussed = state.agenda().stream().filter(entry -> !entry.discussed()).count();
        dialog.add(new Paragraph(undiscussed == 0 ? getTranslation("live.conclude.text")
                : getTranslation("live.conclude.undiscussed", undiscussed)));
        Button confirm = new Button(getTranslation("live.conclude"), click -> {
            dialog.close();
            act(() -> live.conclude(meetingId, meeting.getVersion()));
        });
        confirm.setId("confirm-conclude");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** A chair's step; a refusal or a change by someone else is said plainly and the screen shows the latest state. */
    private void act(Runnable step) {
        try {
            step.run();
        } catch (InvalidFieldException refused) {
            Notices.error(getTranslation(refused.messageKey()));
        } catch (OptimisticLockingFailureException stale) {
            Notices.error(getTranslation("live.stale"));
        }
        refresh();
    }

    private Component body() {
        Div body = new Div();
        body.addClassName("live-body");
        body.add(agendaList());
        Meeting meeting = state.meeting();
        Section main = new Section();
        main.addClassName("live-case");
        main.setId("live-case");
        if (meeting.getStatus() == MeetingStatus.AGENDA_PUBLISHED) {
            main.add(new Paragraph(getTranslation("live.notStarted")));
        } else if (meeting.getStatus().isHeld()) {
            main.add(new Paragraph(getTranslation("live.ended")));
        } else if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            main.add(new Paragraph(getTranslation("live.cancelled")));
        } else {
            state.current().ifPresentOrElse(current -> currentCase(main, current),
                    () -> main.add(new Paragraph(getTranslation("live.between"))));
        }
        body.add(main);
        return body;
    }

    private Component agendaList() {
        Aside aside = new Aside();
        aside.addClassName("live-agenda");
        aside.add(new H2(getTranslation("live.agenda")));
        OrderedList list = new OrderedList();
        Long currentId = state.current().map(c -> c.item().getId()).orElse(null);
        for (AgendaEntry item : state.agenda()) {
            ListItem entry = new ListItem();
            boolean current = item.itemId().equals(currentId);
            String label = MeetingLabels.item(item.reference(), item.kind()) + " — " + getTranslation("live.slot", item.slotMinutes());
            if (state.chair() && state.meeting().getStatus() == MeetingStatus.IN_PROGRESS && !current) {
                Button go = new Button(label, click -> act(() -> live.moveTo(meetingId, item.itemId())));
                go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                go.setAriaLabel(getTranslation("live.goTo", item.reference()));
                entry.add(go);
            } else {
                entry.add(new Span(label));
            }
            if (current) {
                entry.addClassName("current");
                entry.getElement().setAttribute("aria-current", "step");
            } else if (item.discussed()) {
                entry.addClassName("discussed");
                entry.add(new Span(" " + getTranslation("live.discussed")));
            }
            list.add(entry);
        }
        aside.add(list);
        return aside;
    }

    private void currentCase(Section main, CurrentCase current) {
        MaracCase maracCase = current.maracCase();
        AgendaItem item = current.item();
        H2 heading = new H2(maracCase.getReference());
        heading.setId("current-case");
        Span kind = new Span(Labels.of("agenda.kind", item.getKind()));
        kind.addClassNames("badge", "kind-" + item.getKind().name().toLowerCase(java.util.Locale.ROOT));
        Div title = new Div(heading, kind);
        title.addClassName("case-header");
        main.add(title);
        main.add(new RouterLink(getTranslation("live.openCase"), CaseView.class, MeetingLabels.caseParameters(maracCase.getId())));

        Section summary = section("live.summary");
        maracCase.victim().map(CaseParty::getPerson).ifPresent(victim ->
                summary.add(LabelledLine.of("live.victim", victim.displayName())));
        summary.add(LabelledLine.of("case.nominatedBy", maracCase.getNominatingAgency().getName()));
        summary.add(LabelledLine.of("case.endorsedRisk", maracCase.getEndorsedRisk() == null
                ? getTranslation("case.notEndorsed") : Labels.of("risk.level", maracCase.getEndorsedRisk())));
        if (maracCase.isChildrenInHousehold()) {
            summary.add(new Paragraph(getTranslation("case.children")));
        }
        summary.add(LabelledLine.of("case.reason", maracCase.getReason()));
        summary.add(LabelledLine.of("case.actionsSoFar", maracCase.getActionsSoFar()));
        main.add(summary);
        maracCase.victim().map(CaseParty::getPerson).ifPresent(victim -> main.add(new CommunicationPreferences(victim)));
        main.add(research(current.research()), openActions(current.openActions()), outcome(current));
    }

    private Section research(List<CaseInformation> research) {
        Section section = section("live.research");
        section.setId("live-research");
        if (research.isEmpty()) {
            section.add(new Paragraph(getTranslation("live.research.none")));
        }
        for (CaseInformation entry : research) {
            Article article = new Article();
            article.addClassName("information-entry");
            article.add(new H3(entry.getAgency().getName() + " — " + entry.getAuthor().getDisplayName()));
            if (entry.isRestricted()) {
                Span restricted = new Span(getTranslation("information.restrictedBadge", entry.getAgency().getName()));
                restricted.addClassNames("badge", "badge-restricted");
                article.add(restricted);
            }
            article.add(LabelledLine.of("information.facts", entry.getFacts()),
                    LabelledLine.of("information.opinion", entry.getOpinion()));
            section.add(article);
        }
        return section;
    }

    private Section openActions(List<CaseAction> open) {
        Section section = section("live.openActions");
        section.setId("live-open-actions");
        if (open.isEmpty()) {
            section.add(new Paragraph(getTranslation("live.openActions.none")));
        }
        UnorderedList list = new UnorderedList();
        LocalDate today = LocalDate.now(DateFormats.UK);
        open.forEach(action -> list.add(new ListItem(actionLine(action) + " — " + ActionForms.statusText(action, today))));
        section.add(list);
        return section;
    }

    private Section outcome(CurrentCase current) {
        AgendaItem item = current.item();
        Section section = section("live.outcome");
        section.setId("live-outcome");
        section.add(LabelledLine.of("outcome.agreedRisk", item.getAgreedRisk() == null ? null : Labels.of("risk.level", item.getAgreedRisk())));
        section.add(LabelledLine.of("outcome.discussion", item.getDiscussion()));
        section.add(LabelledLine.of("outcome.decisions", item.getDecisions()));
        section.add(LabelledLine.of("outcome.reviewOn", DateFormats.date(item.getReviewOn())));
        H3 agreed = new H3(getTranslation("live.agreedActions"));
        section.add(agreed);
        UnorderedList list = new UnorderedList();
        list.setId("agreed-actions");
        current.agreedHere().forEach(action -> list.add(new ListItem(actionLine(action))));
        if (current.agreedHere().isEmpty()) {
            section.add(new Paragraph(getTranslation("live.agreedActions.none")));
        }
        section.add(list);
        if (state.mayRecord()) {
            Button record = new Button(getTranslation("live.record"),
                    click -> OutcomeDialog.open(live, item, saved -> refresh()));
            record.setId("record-outcome");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button addAction = new Button(getTranslation("caseAction.add"), click ->
                    new ActionForms(actions, agencies, members, () -> live.actionsChanged(meetingId))
                            .create(item.getCaseId(), meetingId));
            addAction.setId("add-meeting-action");
            Div buttons = new Div(record, addAction);
            buttons.addClassName("live-record");
            section.add(buttons);
        }
        return section;
    }

    private String actionLine(CaseAction action) {
        return action.getDescription() + " — " + action.getOwnerAgency().getName()
                + (action.getAssignee() == null ? "" : " (" + action.getAssignee().getDisplayName() + ")")
                + " — " + getTranslation("live.due", DateFormats.date(action.getDueDate()));
    }

    /**
     * The chair's list of who is connected now. Someone whose screen went (a closed tab, a dropped
     * connection) is named once, so the chair knows to wait or go on; they rejoin at the current case.
     */
    private void showPresence() {
        presence.removeAll();
        if (meetingId == null || state == null || !state.chair()) {
            return;
        }
        List<MeetingBroadcaster.Presence> connected = broadcaster.connected(meetingId);
        presence.add(new H2(getTranslation("live.connected", connected.size())));
        UnorderedList list = new UnorderedList();
        connected.forEach(p -> list.add(new ListItem(p.name() + (p.agency() == null ? "" : " — " + p.agency()))));
        presence.add(list);
        List<MeetingBroadcaster.Presence> left = lastConnected.stream().filter(p -> !connected.contains(p)).toList();
        for (MeetingBroadcaster.Presence gone : left) {
            Paragraph note = new Paragraph(getTranslation("live.left", gone.name(), gone.agency() == null ? "" : gone.agency()));
            note.addClassName("live-left");
            presence.add(note);
        }
        lastConnected = connected;
    }

    private Section section(String titleKey) {
        Section section = new Section(new H3(getTranslation(titleKey)));
        section.addClassName("live-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
