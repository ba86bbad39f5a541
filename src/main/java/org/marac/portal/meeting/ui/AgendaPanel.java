package org.marac.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.ChangeDialog;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.meeting.AgendaItem;
import org.marac.portal.meeting.AgendaService;
import org.marac.portal.meeting.Meeting;
import org.marac.portal.meeting.MeetingStatus;
import org.marac.portal.nomination.ui.CaseView;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The agenda: for attendees a read-only list once published; for the chair, while the meeting is ahead,
 * building it from the cases due, reordering, time slots, adding and removing cases with a reason, and
 * publishing it. Every change carries the meeting's version as shown: if another chair changed the agenda
 * meanwhile, nothing is overwritten, the change is refused with a message, what was typed stays in its
 * dialog, and the agenda shows their change.
 */
class AgendaPanel extends Section {

    private final AgendaService agendas;
    private final Meeting meeting;
    private final boolean editable;
    private final Runnable onMeetingChanged;
    private final Grid<AgendaItem> grid = new Grid<>();
    private final Paragraph total = new Paragraph();
    private final Paragraph stale = new Paragraph();
    private long version;
    private List<AgendaItem> items = List.of();
    private final Map<Long, Instant> starts = new HashMap<>();

    /** @param onMeetingChanged reloads the meeting page (after publication the whole page changes) */
    AgendaPanel(AgendaService agendas, Meeting meeting, boolean chair, Runnable onMeetingChanged) {
        this.agendas = agendas;
        this.meeting = meeting;
        this.version = meeting.getVersion();
        this.editable = chair && meeting.getStatus().isUpcoming();
        this.onMeetingChanged = onMeetingChanged;
        addClassName("agenda-panel");
        stale.setText(getTranslation("agenda.stale"));
        stale.addClassName("stale-warning");
        stale.getElement().setAttribute("role", "alert");
        stale.setVisible(false);
        add(stale);
        if (editable) {
            add(toolbar());
        }
        grid.addColumn(item -> item.getPosition()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> MeetingLabels.time(plannedStart(item))).setHeader(getTranslation("agenda.time")).setAutoWidth(true);
        grid.addComponentColumn(item -> new RouterLink(item.getMaracCase().getReference(), CaseView.class,
                MeetingLabels.caseParameters(item.getCaseId()))).setHeader(getTranslation("case.reference")).setAutoWidth(true);
        grid.addColumn(item -> Labels.of("agenda.kind", item.getKind())).setHeader(getTranslation("agenda.kind")).setAutoWidth(true);
        grid.addColumn(item -> item.getMaracCase().getNominatingAgency().getName()).setHeader(getTranslation("case.agency"))
                .setAutoWidth(true);
        grid.addColumn(item -> item.getMaracCase().getEndorsedRisk() == null ? getTranslation("case.notEndorsed")
                : Labels.of("risk.level", item.getMaracCase().getEndorsedRisk())).setHeader(getTranslation("case.endorsedRisk")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation(item.getMaracCase().isChildrenInHousehold() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("agenda.children")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation("agenda.minutes", item.getSlotMinutes())).setHeader(getTranslation("agenda.slot")).setAutoWidth(true);
        grid.addColumn(item -> item.getAddedReason() == null ? "" : item.getAddedReason()).setHeader(getTranslation("agenda.addedReason"));
        if (editable) {
            grid.addComponentColumn(this::rowActions).setKey("change").setHeader(getTranslation("agenda.change")).setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("agenda.title"));
        grid.setId("agenda-grid");
        add(grid, total);
        reload();
    }

    private HorizontalLayout toolbar() {
        Button build = new Button(getTranslation("agenda.build"), click -> {
            int[] added = new int[1];
            if (change(() -> added[0] = agendas.build(meeting.getId(), version))) {
                Notices.success(getTranslation("agenda.built", added[0]));
            }
        });
        build.setId("build-agenda");
        build.setTooltipText(getTranslation("agenda.build.help"));
        Button add = new Button(getTranslation("agenda.add"), click -> addDialog());
        add.setId("add-to-agenda");
        Button publish = new Button(getTranslation("agenda.publish"), click -> {
            if (change(() -> agendas.publish(meeting.getId(), version))) {
                Notices.success(getTranslation("agenda.published"));
                onMeetingChanged.run();
            }
        });
        publish.setId("publish-agenda");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(build, add);
        if (meeting.getStatus() == MeetingStatus.SCHEDULED) {
            toolbar.add(publish);
        }
        toolbar.addClassName("agenda-toolbar");
        return toolbar;
    }

    private HorizontalLayout rowActions(AgendaItem item) {
        String reference = item.getMaracCase().getReference();
        Button up = new Button(getTranslation("agenda.up"),
                click -> change(() -> agendas.moveItem(meeting.getId(), version, item.getId(), item.getPosition() - 1)));
        up.setAriaLabel(getTranslation("agenda.upNamed", reference));
        up.setEnabled(item.getPosition() > 1);
        Button down = new Button(getTranslation("agenda.down"),
                click -> change(() -> agendas.moveItem(meeting.getId(), version, item.getId(), item.getPosition() + 1)));
        down.setAriaLabel(getTranslation("agenda.downNamed", reference));
        down.setEnabled(item.getPosition() < items.size());
        Button slot = new Button(getTranslation("agenda.slot"), click -> slotDialog(item));
        slot.setAriaLabel(getTranslation("agenda.slotNamed", reference));
        Button remove = new Button(getTranslation("action.remove"), click -> removeDialog(item));
        remove.setAriaLabel(getTranslation("agenda.removeNamed", reference));
        for (Button button : List.of(up, down, slot, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        return new HorizontalLayout(up, down, slot, remove);
    }

    private void addDialog() {
        TextField reference = new TextField(getTranslation("case.reference"));
        reference.setHelperText(getTranslation("agenda.add.referenceHelp"));
        reference.setMaxLength(20);
        reference.setRequired(true);
        TextArea reason = new TextArea(getTranslation("agenda.add.reason"));
        reason.setMaxLength(500);
        reason.setRequired(true);
        formDialog(getTranslation("agenda.add"), List.of(reference, reason),
                () -> agendas.addCase(meeting.getId(), version, reference.getValue(), reason.getValue()),
                Map.of("reference", reference, "addedReason", reason));
    }

    private void removeDialog(AgendaItem item) {
        TextArea reason = new TextArea(getTranslation("agenda.remove.reason"));
        reason.setMaxLength(500);
        reason.setRequired(true);
        reason.setWidthFull();
        formDialog(getTranslation("agenda.remove.title", item.getMaracCase().getReference()), List.of(reason),
                () -> agendas.removeItem(meeting.getId(), version, item.getId(), reason.getValue()),
                Map.of("removedReason", reason));
    }

    private void slotDialog(AgendaItem item) {
        IntegerField minutes = new IntegerField(getTranslation("agenda.slotMinutes"));
        minutes.setMin(5);
        minutes.setMax(60);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(item.getSlotMinutes());
        formDialog(getTranslation("agenda.slot.title", item.getMaracCase().getReference()), List.of(minutes),
                () -> agendas.setSlot(meeting.getId(), version, item.getId(),
                        minutes.getValue() == null ? 0 : minutes.getValue()),
                Map.of("slotMinutes", minutes));
    }

    /** A change asked for in a dialog; if the agenda changed meanwhile, the agenda behind it shows the change. */
    private void formDialog(String title, List<? extends com.vaadin.flow.component.Component> fields,
            Runnable change, Map<String, ? extends com.vaadin.flow.component.HasValidation> byName) {
        new ChangeDialog(title, getTranslation("agenda.stale"), byName, change, () -> {
            stale.setVisible(false);
            reload();
        }).whenStale(this::reload).confirmId("save-agenda-change")
                .fields(fields.toArray(com.vaadin.flow.component.Component[]::new)).open();
    }

    /** Runs a change to the agenda; returns whether it went through. */
    private boolean change(Runnable step) {
        try {
            step.run();
            stale.setVisible(false);
            reload();
            return true;
        } catch (InvalidFieldException refused) {
            Notices.error(getTranslation(refused.messageKey()));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            stale.setVisible(true);
            reload();
        }
        return false;
    }

    /** Reads the agenda and the meeting's version as they are now. */
    void reload() {
        items = new ArrayList<>(agendas.agenda(meeting.getId()));
        version = agendas.agendaVersion(meeting.getId());
        starts.clear();
        Instant at = meeting.getStartsAt();
        for (AgendaItem each : items) {
            starts.put(each.getId(), at);
            at = at.plusSeconds(each.getSlotMinutes() * 60L);
        }
        grid.setItems(items);
        int minutes = items.stream().mapToInt(AgendaItem::getSlotMinutes).sum();
        Instant end = meeting.getStartsAt().plusSeconds(minutes * 60L);
        total.setText(items.isEmpty() ? getTranslation("agenda.empty")
                : getTranslation("agenda.total", items.size(), minutes, MeetingLabels.time(meeting.getStartsAt()),
                MeetingLabels.time(end)));
        total.setId("agenda-total");
    }

    private Instant plannedStart(AgendaItem item) {
        return starts.getOrDefault(item.getId(), meeting.getStartsAt());
    }
}
