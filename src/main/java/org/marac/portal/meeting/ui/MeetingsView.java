package org.marac.portal.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.EditDialog;
import org.marac.portal.base.ui.Fields;
import org.marac.portal.base.ui.Grids;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.meeting.AgendaOrdering;
import org.marac.portal.meeting.Meeting;
import org.marac.portal.meeting.MeetingSeries;
import org.marac.portal.meeting.MeetingService;
import org.marac.portal.meeting.OrderingCriterion;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;

/**
 * MARAC meetings. The chair sets up each area's series (first meeting, time, place, slot, agenda order),
 * plans its next occurrences and adds an extra meeting when one is needed; attending agencies see the
 * meetings they are invited to.
 */
@Route("meetings")
@RolesAllowed({"CHAIR", "PRACTITIONER", "SUPERVISOR", "AGENCY_LEAD"})
@Menu(order = 11, title = "nav.meetings")
public class MeetingsView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.UK);
    private static final int PLAN_AHEAD = 4;

    private final MeetingService meetings;

    MeetingsView(MeetingService meetings) {
        this.meetings = meetings;
        addClassName("admin-view");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("nav.meetings")));
        PortalUser user = PortalUser.require();
        if (user.hasRole(Role.CHAIR)) {
            List<MaracArea> areas = meetings.chairedAreas();
            if (areas.isEmpty()) {
                add(new Paragraph(getTranslation("meetings.noArea")));
            }
            areas.forEach(area -> add(areaSection(area)));
        }
        List<Meeting> invited = meetings.meetingsOfMyAgency();
        if (!invited.isEmpty() || !user.hasRole(Role.CHAIR)) {
            Section section = new Section(new H2(getTranslation("meetings.invited")));
            section.add(invited.isEmpty() ? new Paragraph(getTranslation("meetings.invited.none")) : grid(invited, "invited-meetings"));
            add(section);
        }
    }

    private Component areaSection(MaracArea area) {
        Section section = new Section(new H2(area.getName()));
        section.addClassName("area-meetings");
        MeetingSeries series = meetings.seriesOf(area.getId());
        if (series.isNew()) {
            section.add(new Paragraph(getTranslation("meetings.noSeries", area.getCadenceWeeks())));
        } else {
            section.add(new Paragraph(getTranslation("meetings.seriesSummary", area.getCadenceWeeks(),
                    WEEKDAY.format(series.getFirstMeetingOn()), series.getStartTime().toString(),
                    series.getVenue() == null ? getTranslation("meetings.noVenue") : series.getVenue(),
                    series.getDefaultSlotMinutes())));
        }
        Button settings = new Button(getTranslation(series.isNew() ? "meetings.setUp" : "meetings.settings"),
                click -> seriesDialog(series));
        settings.setId("series-" + area.getId());
        settings.setAriaLabel(getTranslation("meetings.settingsFor", area.getName()));
        HorizontalLayout buttons = new HorizontalLayout(settings);
        if (!series.isNew()) {
            Button plan = new Button(getTranslation("meetings.plan", PLAN_AHEAD), click -> {
                meetings.planAhead(area.getId(), PLAN_AHEAD);
                show();
            });
            plan.setId("plan-" + area.getId());
            Button extra = new Button(getTranslation("meetings.extra"), click -> extraDialog(area));
            buttons.add(plan, extra);
        }
        section.add(buttons);
        List<Meeting> planned = series.isNew() ? List.of() : meetings.meetingsOfArea(area.getId());
        section.add(planned.isEmpty() ? new Paragraph(getTranslation("meetings.none")) : grid(planned, "meetings-" + area.getId()));
        return section;
    }

    private Grid<Meeting> grid(List<Meeting> rows, String id) {
        Grid<Meeting> grid = new Grid<>();
        grid.addColumn(MeetingLabels::when).setHeader(getTranslation("meeting.when")).setAutoWidth(true);
        grid.addColumn(meeting -> meeting.getArea().getName()).setHeader(getTranslation("case.area")).setAutoWidth(true);
        grid.addColumn(meeting -> MeetingLabels.status(meeting) + (meeting.isMoved() ? " " + getTranslation("meeting.movedNote") : ""))
                .setHeader(getTranslation("meeting.status")).setAutoWidth(true);
        grid.addColumn(meeting -> Objects.requireNonNullElse(meeting.getVenue(), "")).setHeader(getTranslation("meeting.venue"));
        Grids.openable(grid, MeetingLabels::title, meeting -> getUI().ifPresent(ui ->
                ui.navigate(MeetingView.class, MeetingLabels.parameters(meeting.getId()))));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("nav.meetings"));
        grid.setId(id);
        return grid;
    }

    private void seriesDialog(MeetingSeries series) {
        Binder<MeetingSeries> binder = new Binder<>(MeetingSeries.class);
        List<Select<OrderingCriterion>> steps = new ArrayList<>();
        EditDialog<MeetingSeries> dialog = new EditDialog<>(getTranslation("meetings.seriesTitle", series.getArea().getName()),
                binder, series, changed -> {
                    changed.setOrdering(ordering(steps));
                    return meetings.saveSeries(changed);
                }, saved -> show());
        DatePicker first = dialog.field("firstMeetingOn", Fields.datePicker(getTranslation("meetings.firstMeeting")));
        first.setReadOnly(!series.isNew());
        first.setHelperText(getTranslation(series.isNew() ? "meetings.firstMeeting.help" : "meetings.firstMeeting.fixed",
                series.getArea().getCadenceWeeks()));
        TimePicker time = dialog.field("startTime", new TimePicker(getTranslation("meetings.startTime")));
        time.setStep(java.time.Duration.ofMinutes(15));
        time.setLocale(Locale.UK);
        TextField venue = dialog.field("venue", new TextField(getTranslation("meeting.venue")));
        venue.setMaxLength(200);
        TextField link = dialog.field("onlineLink", new TextField(getTranslation("meeting.online")));
        link.setMaxLength(500);
        link.setHelperText(getTranslation("meeting.online.help"));
        IntegerField slot = dialog.field("defaultSlotMinutes", new IntegerField(getTranslation("meetings.defaultSlot")));
        slot.setMin(5);
        slot.setMax(60);
        slot.setStepButtonsVisible(true);
        List<OrderingCriterion> current = series.ordering().criteria();
        for (int i = 0; i < OrderingCriterion.values().length; i++) {
            Select<OrderingCriterion> step = new Select<>();
            step.setLabel(getTranslation("meetings.orderStep", i + 1));
            step.setItems(OrderingCriterion.values());
            step.setItemLabelGenerator(value -> value == null ? getTranslation("meetings.orderNone") : Labels.of("ordering", value));
            step.setEmptySelectionAllowed(true);
            step.setEmptySelectionCaption(getTranslation("meetings.orderNone"));
            step.setValue(i < current.size() ? current.get(i) : null);
            steps.add(dialog.field(i == 0 ? "ordering" : "ordering" + i, step));
        }
        dialog.addWide(new Paragraph(getTranslation("meetings.order.help")));
        String required = getTranslation("validation.required");
        binder.forField(first).asRequired(required).bind(MeetingSeries::getFirstMeetingOn, MeetingSeries::setFirstMeetingOn);
        binder.forField(time).asRequired(required).bind(MeetingSeries::getStartTime, MeetingSeries::setStartTime);
        binder.forField(venue).withNullRepresentation("").bind(MeetingSeries::getVenue, MeetingSeries::setVenue);
        binder.forField(link).withNullRepresentation("")
                .withValidator(value -> value == null || value.isBlank() || value.strip().matches("^https://\\S+$"),
                        getTranslation("meeting.link.https"))
                .bind(MeetingSeries::getOnlineLink, MeetingSeries::setOnlineLink);
        binder.forField(slot).asRequired(required)
                .withValidator(value -> value >= 5 && value <= 60, getTranslation("agenda.slot.range"))
                .bind(MeetingSeries::getDefaultSlotMinutes, MeetingSeries::setDefaultSlotMinutes);
        dialog.open();
    }

    /** The chosen steps in order, each at most once; no step at all orders by waiting time alone. */
    private static AgendaOrdering ordering(List<Select<OrderingCriterion>> steps) {
        List<OrderingCriterion> chosen = steps.stream().map(Select::getValue).filter(Objects::nonNull).toList();
        if (chosen.stream().distinct().count() != chosen.size()) {
            throw new InvalidFieldException("ordering", "meeting.ordering.twice");
        }
        return new AgendaOrdering(chosen);
    }

    private void extraDialog(MaracArea area) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("meetings.extra"));
        DateTimePicker when = new DateTimePicker(getTranslation("meeting.when"));
        when.setStep(java.time.Duration.ofMinutes(15));
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                meetings.addExtraMeeting(area.getId(), when.getValue());
                dialog.close();
                show();
            } catch (InvalidFieldException refused) {
                when.setErrorMessage(getTranslation(refused.messageKey()));
                when.setInvalid(true);
            }
        });
        save.setId("save-extra-meeting");
        dialog.add(new Paragraph(getTranslation("meetings.extra.help")), when);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.meetings");
    }
}
