package org.marac.portal.scrutiny.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.EditDialog;
import org.marac.portal.base.ui.Fields;
import org.marac.portal.base.ui.LabelledLine;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.scrutiny.AgreementRequiredException;
import org.marac.portal.scrutiny.MeetingStatus;
import org.marac.portal.scrutiny.Recommendation;
import org.marac.portal.scrutiny.RecommendationService;
import org.marac.portal.scrutiny.ReviewCase;
import org.marac.portal.scrutiny.ReviewMeeting;
import org.marac.portal.scrutiny.ReviewMeetingService;
import org.marac.portal.scrutiny.ReviewReportService;
import org.marac.portal.scrutiny.SampleFilter;
import org.marac.portal.scrutiny.ScrutinyNotFoundException;
import org.marac.portal.scrutiny.SelectionStatus;
import org.marac.portal.scrutiny.SwapReason;

/**
 * A review meeting: the chair draws its random sample, swaps cases with a reason and concludes it; every
 * member sees the selected cases (as "Case N", nothing more until released), opens the released ones to
 * review them, follows the recommendations and downloads the report.
 */
@Route("scrutiny/meetings/:meetingId")
@RolesAllowed({"SCRUTINY_CHAIR", "SCRUTINY_MEMBER"})
public class ReviewMeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewMeetingService meetings;
    private final RecommendationService recommendations;
    private final ReviewReportService reports;
    private final AgencyService agencies;
    private String title = "";
    private Long meetingId;

    ReviewMeetingView(ReviewMeetingService meetings, RecommendationService recommendations, ReviewReportService reports,
            AgencyService agencies) {
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.reports = reports;
        this.agencies = agencies;
        addClassName("case-view");
        addClassName("review-meeting-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            meetingId = Long.valueOf(event.getRouteParameters().get("meetingId").orElse(""));
            show();
        } catch (AgreementRequiredException notYet) {
            event.forwardTo(ScrutinyView.class);
        } catch (ScrutinyNotFoundException | NumberFormatException notVisible) {
            removeAll();
            title = getTranslation("scrutiny.notAvailable.title");
            add(new H1(title), new Paragraph(getTranslation("scrutiny.notAvailable.text")));
        }
    }

    private void show() {
        ReviewMeeting meeting = meetings.find(meetingId);
        boolean chair = meeting.getPanel().isChairedBy(PortalUser.require());
        removeAll();
        title = getTranslation("scrutiny.meeting.title", DateFormats.date(meeting.getMeetingDate()));
        Div header = new Div();
        header.addClassName("case-header");
        Span status = new Span(Labels.of("scrutiny.meetingStatus", meeting.getStatus()));
        status.addClassName("badge");
        header.add(new H1(title), status);
        if (chair && !meeting.isConcluded()) {
            Button change = new Button(getTranslation("scrutiny.meeting.change"), click -> change(meeting));
            change.setId("change-meeting");
            header.add(change);
        }
        add(header, LabelledLine.of("scrutiny.meeting.theme", meeting.getTheme()),
                LabelledLine.of("scrutiny.panel", meeting.getPanel().getName()));
        if (meeting.getStatus() == MeetingStatus.PLANNED) {
            add(chair ? drawForm(meeting) : new Paragraph(getTranslation("scrutiny.draw.waiting")));
            return;
        }
        add(drawRecord(meeting, chair), cases(meeting, chair), recommendationSection(meeting, chair), report(meeting));
    }

    private void change(ReviewMeeting meeting) {
        Binder<ReviewMeeting> binder = new Binder<>(ReviewMeeting.class);
        ReviewMeeting changed = ReviewMeeting.blank();
        changed.setMeetingDate(meeting.getMeetingDate());
        changed.setTheme(meeting.getTheme());
        EditDialog<ReviewMeeting> dialog = new EditDialog<>(getTranslation("scrutiny.meeting.change"), binder, changed,
                edited -> meetings.edit(meeting.getId(), meeting.getVersion(), edited), saved -> show());
        DatePicker date = dialog.field("meetingDate", Fields.datePicker(getTranslation("scrutiny.meeting.date")));
        binder.forField(date).asRequired(getTranslation("validation.required"))
                .bind(ReviewMeeting::getMeetingDate, ReviewMeeting::setMeetingDate);
        TextField theme = dialog.field("theme", new TextField(getTranslation("scrutiny.meeting.theme")));
        theme.setMaxLength(300);
        binder.forField(theme).asRequired(getTranslation("validation.required"))
                .bind(ReviewMeeting::getTheme, ReviewMeeting::setTheme);
        dialog.open();
    }

    private Component drawForm(ReviewMeeting meeting) {
        Section section = section("scrutiny.draw.title");
        section.add(new Paragraph(getTranslation("scrutiny.draw.help")));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        MultiSelectComboBox<MaracArea> areas = new MultiSelectComboBox<>(getTranslation("scrutiny.draw.areas"));
        areas.setItems(meeting.getPanel().getAreas());
        areas.setItemLabelGenerator(MaracArea::getName);
        areas.setHelperText(getTranslation("scrutiny.draw.areas.help"));
        CheckboxGroup<Strand> strands = checkboxes("scrutiny.draw.strands", Strand.values(), "strand");
        DatePicker from = Fields.datePicker(getTranslation("scrutiny.draw.closedFrom"));
        DatePicker to = Fields.datePicker(getTranslation("scrutiny.draw.closedTo"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        from.setValue(today.minusYears(1));
        to.setValue(today);
        CheckboxGroup<CpsOutcome> cps = checkboxes("scrutiny.draw.cps", CpsOutcome.values(), "closure.cps");
        CheckboxGroup<ClosureReason> reasons = checkboxes("scrutiny.draw.reasons", ClosureReason.values(), "closure.reason");
        CheckboxGroup<RiskLevel> finalRisk = checkboxes("scrutiny.draw.finalRisk", RiskLevel.values(), "risk.level");
        CheckboxGroup<RiskLevel> endorsedRisk = checkboxes("scrutiny.draw.endorsedRisk", RiskLevel.values(), "risk.level");
        Checkbox excludeReviewed = new Checkbox(getTranslation("scrutiny.draw.excludeReviewed"), true);
        IntegerField size = new IntegerField(getTranslation("scrutiny.draw.size"));
        size.setMin(1);
        size.setMax(ReviewMeeting.MAX_SAMPLE);
        size.setStepButtonsVisible(true);
        size.setValue(6);
        TextField seed = new TextField(getTranslation("scrutiny.draw.seed"));
        seed.setHelperText(getTranslation("scrutiny.draw.seed.help"));
        seed.setMaxLength(100);
        form.add(areas, strands, from, to, cps, reasons, finalRisk, endorsedRisk, excludeReviewed, size, seed);
        form.setColspan(excludeReviewed, 2);
        Map<String, HasValidation> fields = Map.of("areaIds", areas, "closedTo", to, "sampleSize", size, "seed", seed);
        Button draw = new Button(getTranslation("scrutiny.draw.button"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                meetings.draw(meeting.getId(), meeting.getVersion(), new SampleFilter(
                        areas.getValue().stream().map(MaracArea::getId).collect(Collectors.toSet()), strands.getValue(),
                        from.getValue(), to.getValue(), cps.getValue(), reasons.getValue(), finalRisk.getValue(),
                        endorsedRisk.getValue(), excludeReviewed.getValue()),
                        size.getValue() == null ? 0 : size.getValue(), seed.getValue());
                Notices.success(getTranslation("scrutiny.draw.done"));
                show();
            } catch (InvalidFieldException refused) {
                HasValidation field = fields.getOrDefault(refused.field(), size);
                field.setErrorMessage(getTranslation(refused.messageKey()));
                field.setInvalid(true);
            }
        });
        draw.setId("draw-sample");
        draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(form, draw);
        return section;
    }

    private <E extends Enum<E>> CheckboxGroup<E> checkboxes(String labelKey, E[] values, String labelPrefix) {
        CheckboxGroup<E> group = new CheckboxGroup<>(getTranslation(labelKey));
        group.setItems(values);
        group.setItemLabelGenerator(value -> Labels.of(labelPrefix, value));
        group.setHelperText(getTranslation("scrutiny.draw.anyWhenEmpty"));
        return group;
    }

    /** How the cases were chosen, in words anyone can check. */
    private Component drawRecord(ReviewMeeting meeting, boolean chair) {
        Section section = section("scrutiny.draw.record");
        section.add(new Paragraph(getTranslation("scrutiny.draw.recordText",
                Math.min(meeting.getSampleSize(), meeting.getDrawnOrder().size()),
                meeting.getDrawnOrder().size(), DateFormats.dateTime(meeting.getDrawnAt()),
                meeting.getDrawnBy() == null ? "—" : meeting.getDrawnBy().getDisplayName())));
        section.add(LabelledLine.of("scrutiny.draw.seed", meeting.getSeed()));
        section.add(new Paragraph(getTranslation("scrutiny.draw.method")));
        if (chair) {
            Paragraph result = new Paragraph();
            result.setId("draw-check");
            result.getElement().setAttribute("aria-live", "polite");
            Button check = new Button(getTranslation("scrutiny.draw.check"), click -> {
                var checked = meetings.checkDraw(meeting.getId());
                result.setText(getTranslation(checked.sampleReproduced() ? "scrutiny.draw.reproduced" : "scrutiny.draw.notReproduced",
                        checked.seed()) + " " + getTranslation(checked.sameCandidatesNow() ? "scrutiny.draw.sameCandidates"
                        : "scrutiny.draw.changedCandidates", checked.candidatesThen(), checked.candidatesNow()));
            });
            check.setId("check-draw");
            section.add(check, result);
        }
        return section;
    }

    private Component cases(ReviewMeeting meeting, boolean chair) {
        Section section = section("scrutiny.cases");
        section.add(new Paragraph(getTranslation("scrutiny.cases.help")));
        Grid<ReviewMeetingService.SelectedCase> grid = new Grid<>();
        grid.addColumn(s -> getTranslation("scrutiny.caseLabel", s.reviewCase().getLabelNumber()))
                .setHeader(getTranslation("scrutiny.case")).setAutoWidth(true);
        grid.addColumn(s -> statusText(s.reviewCase())).setHeader(getTranslation("case.status")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation(s.myReviewSubmitted() ? "scrutiny.review.mineSubmitted" : "scrutiny.review.mineNot"))
                .setHeader(getTranslation("scrutiny.review.mine")).setAutoWidth(true);
        grid.addColumn(s -> String.valueOf(s.reviewsSubmitted())).setHeader(getTranslation("scrutiny.review.submittedCount")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.reviewCase().isFindingAgreed() ? "scrutiny.yes" : "scrutiny.no"))
                .setHeader(getTranslation("scrutiny.finding.agreed")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Button open = new Button(getTranslation("scrutiny.case.open"), click -> getUI().ifPresent(ui -> ui.navigate(
                    ReviewCaseView.class, new RouteParameters("reviewCaseId", String.valueOf(s.reviewCase().getId())))));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.setAriaLabel(getTranslation("scrutiny.case.openNamed", s.reviewCase().getLabelNumber()));
            open.setVisible(s.reviewCase().getStatus() == SelectionStatus.RELEASED && !meeting.isConcluded());
            return open;
        }).setKey("open").setHeader(getTranslation("scrutiny.case.open")).setAutoWidth(true).setFlexGrow(0);
        if (chair && meeting.getStatus() == MeetingStatus.SAMPLE_DRAWN) {
            grid.addComponentColumn(s -> {
                Button swap = new Button(getTranslation("scrutiny.swap"), click -> swap(s.reviewCase()));
                swap.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                swap.setAriaLabel(getTranslation("scrutiny.swapNamed", s.reviewCase().getLabelNumber()));
                swap.setVisible(s.reviewCase().getStatus().isSelected() && !s.reviewCase().isFindingAgreed());
                return swap;
            }).setKey("swap").setHeader(getTranslation("scrutiny.swap")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(meetings.selection(meeting.getId()));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("scrutiny.cases"));
        grid.setId("selected-cases");
        section.add(grid);
        if (chair && meeting.getStatus() == MeetingStatus.SAMPLE_DRAWN) {
            Button conclude = new Button(getTranslation("scrutiny.conclude"), click -> {
                try {
                    meetings.conclude(meeting.getId(), meeting.getVersion());
                    Notices.success(getTranslation("scrutiny.conclude.done"));
                    show();
                } catch (InvalidFieldException refused) {
                    Notices.error(getTranslation(refused.messageKey()));
                }
            });
            conclude.setId("conclude-meeting");
            section.add(new Paragraph(getTranslation("scrutiny.conclude.help")), conclude);
        }
        return section;
    }

    private String statusText(ReviewCase reviewCase) {
        String status = Labels.of("scrutiny.selection", reviewCase.getStatus());
        if (reviewCase.getStatus() == SelectionStatus.WITHHELD && reviewCase.getWithheldReason() != null) {
            return status + ": " + Labels.of("scrutiny.swapReason", reviewCase.getWithheldReason());
        }
        if (reviewCase.getStatus() == SelectionStatus.SWAPPED_OUT) {
            return status + ": " + Labels.of("scrutiny.swapReason", reviewCase.getSwapReason());
        }
        return status;
    }

    private void swap(ReviewCase reviewCase) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("scrutiny.swapNamed", reviewCase.getLabelNumber()));
        dialog.setWidth("min(36rem, 95vw)");
        RadioButtonGroup<SwapReason> reason = new RadioButtonGroup<>(getTranslation("scrutiny.swap.reason"));
        reason.setItems(SwapReason.values());
        reason.setItemLabelGenerator(value -> Labels.of("scrutiny.swapReason", value));
        reason.setRequiredIndicatorVisible(true);
        TextArea note = new TextArea(getTranslation("scrutiny.swap.note"));
        note.setHelperText(getTranslation("scrutiny.swap.note.help"));
        note.setMaxLength(1000);
        note.setWidthFull();
        dialog.add(new Paragraph(getTranslation("scrutiny.swap.help")), reason, note);
        Button confirm = new Button(getTranslation("scrutiny.swap.confirm"), click -> {
            try {
                var replacement = meetings.swap(reviewCase.getId(), reviewCase.getVersion(), reason.getValue(), note.getValue());
                dialog.close();
                Notices.success(getTranslation(replacement.isPresent() ? "scrutiny.swap.done" : "scrutiny.swap.noneLeft"));
                show();
            } catch (InvalidFieldException refused) {
                HasValidation field = "swapNote".equals(refused.field()) ? note : reason;
                field.setErrorMessage(getTranslation(refused.messageKey()));
                field.setInvalid(true);
            }
        });
        confirm.setId("confirm-swap");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private Component recommendationSection(ReviewMeeting meeting, boolean chair) {
        Section section = section("scrutiny.recommendations");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        if (chair) {
            Button add = new Button(getTranslation("scrutiny.recommendation.add"), click -> recommend(meeting));
            add.setId("add-recommendation");
            section.add(add);
        }
        Grid<Recommendation> grid = new Grid<>();
        grid.addColumn(r -> r.getAgency().getName()).setHeader(getTranslation("scrutiny.report.to")).setAutoWidth(true);
        grid.addColumn(Recommendation::getText).setHeader(getTranslation("scrutiny.report.recommendation")).setFlexGrow(3);
        grid.addColumn(r -> DateFormats.date(r.getDueDate())).setHeader(getTranslation("scrutiny.report.due")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of("scrutiny.progress", r.progress(today))
                + (r.getResponse() == null ? "" : ": " + Labels.of("scrutiny.response", r.getResponse())))
                .setHeader(getTranslation("scrutiny.report.response")).setAutoWidth(true);
        grid.addColumn(r -> r.getActionTaken() == null ? "" : r.getActionTaken()).setHeader(getTranslation("scrutiny.report.actionTaken")).setFlexGrow(3);
        grid.setPartNameGenerator(r -> r.progress(today) == Recommendation.Progress.OVERDUE ? "overdue" : null);
        if (chair) {
            grid.addComponentColumn(r -> {
                Button close = new Button(getTranslation("scrutiny.recommendation.close"), click -> {
                    try {
                        recommendations.close(r.getId(), r.getVersion());
                        show();
                    } catch (InvalidFieldException refused) {
                        Notices.error(getTranslation(refused.messageKey()));
                    }
                });
                close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                close.setAriaLabel(getTranslation("scrutiny.recommendation.closeNamed", r.getAgency().getName()));
                close.setVisible(r.getResponse() != null && r.getClosedAt() == null);
                return close;
            }).setKey("close").setAutoWidth(true).setFlexGrow(0);
        }
        List<Recommendation> made = recommendations.forMeeting(meeting.getId());
        grid.setItems(made);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("scrutiny.recommendations"));
        grid.setId("recommendations");
        grid.setVisible(!made.isEmpty());
        Paragraph none = new Paragraph(getTranslation("scrutiny.recommendation.none"));
        none.setVisible(made.isEmpty());
        section.add(none, grid);
        return section;
    }

    private void recommend(ReviewMeeting meeting) {
        Binder<Recommendation> binder = new Binder<>(Recommendation.class);
        EditDialog<Recommendation> dialog = new EditDialog<>(getTranslation("scrutiny.recommendation.add"), binder,
                Recommendation.blank(), r -> recommendations.create(meeting.getId(), r), saved -> show());
        ComboBox<Agency> agency = dialog.field("agency", new ComboBox<>(getTranslation("scrutiny.report.to")));
        agency.setItems(agencies.findActive());
        agency.setItemLabelGenerator(Agency::getName);
        binder.forField(agency).asRequired(getTranslation("validation.required"))
                .bind(Recommendation::getAgency, Recommendation::setAgency);
        DatePicker due = dialog.field("dueDate", Fields.datePicker(getTranslation("scrutiny.report.due")));
        binder.forField(due).asRequired(getTranslation("validation.required"))
                .bind(Recommendation::getDueDate, Recommendation::setDueDate);
        TextArea text = dialog.field("text", new TextArea(getTranslation("scrutiny.report.recommendation")));
        text.setHelperText(getTranslation("scrutiny.recommendation.help"));
        text.setMaxLength(2000);
        binder.forField(text).asRequired(getTranslation("validation.required"))
                .bind(Recommendation::getText, Recommendation::setText);
        dialog.addWide(text);
        dialog.open();
    }

    private Component report(ReviewMeeting meeting) {
        Section section = section("scrutiny.report");
        section.add(new Paragraph(getTranslation(meeting.isConcluded() ? "scrutiny.report.ready" : "scrutiny.report.draftHelp")));
        String file = "scrutiny-report-" + meeting.getMeetingDate() + (meeting.isConcluded() ? "" : "-draft") + ".pdf";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(reports.pdf(meeting.getId())), file, "application/pdf", -1)),
                getTranslation(meeting.isConcluded() ? "scrutiny.report.download" : "scrutiny.report.downloadDraft"));
        download.setId("download-report");
        section.add(download);
        return section;
    }

    private Section section(String titleKey) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("case-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
