package org.marac.portal.scrutiny.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.EditDialog;
import org.marac.portal.base.ui.Fields;
import org.marac.portal.base.ui.Grids;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.scrutiny.PanelService;
import org.marac.portal.scrutiny.ReviewCriterion;
import org.marac.portal.scrutiny.ReviewMeeting;
import org.marac.portal.scrutiny.ReviewMeetingService;
import org.marac.portal.scrutiny.ScrutinyPanel;

/**
 * A panel member's start: for each panel, its confidentiality agreement to accept first, then its terms of
 * reference and review meetings; the panel's chair also plans meetings and keeps the review criteria.
 */
@Route("scrutiny")
@RolesAllowed({"SCRUTINY_CHAIR", "SCRUTINY_MEMBER"})
@Menu(order = 60, title = "nav.scrutiny")
public class ScrutinyView extends Main implements HasDynamicTitle {

    private final PanelService panels;
    private final ReviewMeetingService meetings;

    ScrutinyView(PanelService panels, ReviewMeetingService meetings) {
        this.panels = panels;
        this.meetings = meetings;
        addClassName("admin-view");
        addClassName("scrutiny-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("nav.scrutiny")));
        var seats = panels.myPanels();
        if (seats.isEmpty()) {
            add(new Paragraph(getTranslation("scrutiny.home.noPanel")));
        }
        for (PanelService.Seat seat : seats) {
            add(seat.accepted() ? panel(seat) : agreement(seat.panel()));
        }
    }

    /** The agreement comes first: nothing of the panel's work is shown until it is accepted. */
    private Component agreement(ScrutinyPanel panel) {
        Section section = new Section(new H2(panel.getName()));
        section.addClassName("agreement");
        section.setId("agreement-" + panel.getId());
        section.add(new Paragraph(getTranslation("scrutiny.agreement.intro")));
        section.add(new H3(getTranslation("scrutiny.panel.terms")), text(panel.getTermsOfReference()));
        section.add(new H3(getTranslation("scrutiny.agreement.title", panel.getAgreementVersion())),
                text(panel.getAgreementText()));
        Checkbox read = new Checkbox(getTranslation("scrutiny.agreement.confirm"));
        Button accept = new Button(getTranslation("scrutiny.agreement.accept"), click -> {
            try {
                panels.acceptAgreement(panel.getId(), panel.getAgreementVersion());
                Notices.success(getTranslation("scrutiny.agreement.accepted"));
            } catch (InvalidFieldException changed) {
                Notices.error(getTranslation(changed.messageKey()));
            }
            refresh();
        });
        accept.setId("accept-agreement");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setEnabled(false);
        read.addValueChangeListener(change -> accept.setEnabled(change.getValue()));
        section.add(read, accept);
        return section;
    }

    private Component panel(PanelService.Seat seat) {
        ScrutinyPanel panel = seat.panel();
        Section section = new Section(new H2(panel.getName()));
        section.addClassName("case-section");
        panel.membershipOf(PortalUser.require().getMemberId()).ifPresent(membership -> section.add(new Paragraph(
                getTranslation("scrutiny.agreement.acceptedOn", membership.getAgreementVersion(),
                        DateFormats.dateTime(membership.getAgreementAcceptedAt())))));
        Details terms = new Details(getTranslation("scrutiny.panel.terms"), text(panel.getTermsOfReference()));
        Details agreement = new Details(getTranslation("scrutiny.agreement.title", panel.getAgreementVersion()),
                text(panel.getAgreementText()));
        section.add(terms, agreement);

        section.add(new H3(getTranslation("scrutiny.meetings")));
        if (seat.chair()) {
            Button plan = new Button(getTranslation("scrutiny.meeting.plan"), click -> planMeeting(panel));
            plan.setId("plan-meeting");
            section.add(plan);
        }
        Grid<ReviewMeeting> grid = new Grid<>();
        grid.addColumn(m -> DateFormats.date(m.getMeetingDate())).setHeader(getTranslation("scrutiny.meeting.date")).setAutoWidth(true);
        grid.addColumn(ReviewMeeting::getTheme).setHeader(getTranslation("scrutiny.meeting.theme")).setFlexGrow(3);
        grid.addColumn(m -> Labels.of("scrutiny.meetingStatus", m.getStatus())).setHeader(getTranslation("case.status")).setAutoWidth(true);
        Grids.openable(grid, ReviewMeeting::getTheme, meeting -> getUI().ifPresent(ui -> ui.navigate(ReviewMeetingView.class,
                new RouteParameters("meetingId", String.valueOf(meeting.getId())))));
        grid.setItems(meetings.meetingsOf(panel.getId()));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("scrutiny.meetings"));
        grid.setId("meetings-" + panel.getId());
        section.add(grid);

        section.add(new H3(getTranslation("scrutiny.criteria")));
        section.add(new Paragraph(getTranslation(seat.chair() ? "scrutiny.criteria.chairHelp" : "scrutiny.criteria.help")));
        section.add(criteria(panel, seat.chair()));
        return section;
    }

    private Component criteria(ScrutinyPanel panel, boolean chair) {
        Div box = new Div();
        Grid<ReviewCriterion> grid = new Grid<>();
        grid.addColumn(ReviewCriterion::getTitle).setHeader(getTranslation("scrutiny.criterion.title")).setFlexGrow(2);
        grid.addColumn(c -> c.getGuidance() == null ? "" : c.getGuidance()).setHeader(getTranslation("scrutiny.criterion.guidance")).setFlexGrow(3);
        grid.addColumn(c -> getTranslation(c.isActive() ? "scrutiny.criterion.inForce" : "scrutiny.criterion.retired"))
                .setHeader(getTranslation("case.status")).setAutoWidth(true);
        if (chair) {
            Grids.editable(grid, ReviewCriterion::getTitle, criterion -> editCriterion(panel, criterion));
            grid.addComponentColumn(criterion -> {
                Button toggle = new Button(getTranslation(criterion.isActive() ? "scrutiny.criterion.retire" : "scrutiny.criterion.restore"),
                        click -> {
                            panels.setCriterionActive(criterion.getId(), criterion.getVersion(), !criterion.isActive());
                            refresh();
                        });
                toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                toggle.setAriaLabel(getTranslation(criterion.isActive() ? "scrutiny.criterion.retireNamed"
                        : "scrutiny.criterion.restoreNamed", criterion.getTitle()));
                return toggle;
            }).setKey("toggle").setAutoWidth(true).setFlexGrow(0);
            Button add = new Button(getTranslation("scrutiny.criterion.add"), click -> editCriterion(panel, ReviewCriterion.blank()));
            add.setId("add-criterion-" + panel.getId());
            box.add(add);
        }
        grid.setItems(panels.criteria(panel.getId()));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("scrutiny.criteria"));
        box.add(grid);
        return box;
    }

    private void planMeeting(ScrutinyPanel panel) {
        Binder<ReviewMeeting> binder = new Binder<>(ReviewMeeting.class);
        EditDialog<ReviewMeeting> dialog = new EditDialog<>(getTranslation("scrutiny.meeting.plan"), binder,
                ReviewMeeting.blank(), meeting -> meetings.plan(panel.getId(), meeting), saved -> refresh());
        var date = dialog.field("meetingDate", Fields.datePicker(getTranslation("scrutiny.meeting.date")));
        binder.forField(date).asRequired(getTranslation("validation.required"))
                .bind(ReviewMeeting::getMeetingDate, ReviewMeeting::setMeetingDate);
        TextField theme = dialog.field("theme", new TextField(getTranslation("scrutiny.meeting.theme")));
        theme.setHelperText(getTranslation("scrutiny.meeting.theme.help"));
        theme.setMaxLength(300);
        binder.forField(theme).asRequired(getTranslation("validation.required"))
                .bind(ReviewMeeting::getTheme, ReviewMeeting::setTheme);
        dialog.open();
    }

    private void editCriterion(ScrutinyPanel panel, ReviewCriterion criterion) {
        Binder<ReviewCriterion> binder = new Binder<>(ReviewCriterion.class);
        EditDialog<ReviewCriterion> dialog = new EditDialog<>(getTranslation(criterion.isNew() ? "scrutiny.criterion.add"
                : "scrutiny.criterion.edit"), binder, criterion, c -> panels.saveCriterion(panel.getId(), c), saved -> refresh());
        TextField title = dialog.field("title", new TextField(getTranslation("scrutiny.criterion.title")));
        title.setMaxLength(200);
        binder.forField(title).asRequired(getTranslation("validation.required"))
                .bind(ReviewCriterion::getTitle, ReviewCriterion::setTitle);
        TextArea guidance = dialog.field("guidance", new TextArea(getTranslation("scrutiny.criterion.guidance")));
        guidance.setMaxLength(1000);
        binder.forField(guidance).bind(c -> c.getGuidance() == null ? "" : c.getGuidance(), ReviewCriterion::setGuidance);
        dialog.addWide(guidance);
        dialog.open();
    }

    private static Component text(String text) {
        Div div = new Div();
        div.addClassName("preserve-lines");
        div.setText(text);
        return div;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.scrutiny");
    }
}
