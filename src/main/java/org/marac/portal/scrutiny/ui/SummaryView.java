package org.marac.portal.scrutiny.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.nomination.CaseNotFoundException;
import org.marac.portal.nomination.IdentifierFinding;
import org.marac.portal.nomination.ScrutinyCaseSource;
import org.marac.portal.scrutiny.IdentifyingTextException;
import org.marac.portal.scrutiny.ReviewCase;
import org.marac.portal.scrutiny.ScrutinyNotFoundException;
import org.marac.portal.scrutiny.SummaryService;
import org.marac.portal.scrutiny.SwapReason;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The area chair or the data protection officer writes a case's redacted summary for the scrutiny panel,
 * beside the case's own words and the list of what must not appear; the portal checks it and refuses the
 * release while it still identifies anyone. Below, exactly what the panel will see.
 */
@Route("scrutiny/summaries/:reviewCaseId")
@RolesAllowed({"CHAIR", "DATA_PROTECTION_OFFICER"})
public class SummaryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SummaryService summaries;
    private String title = "";
    private Long reviewCaseId;

    SummaryView(SummaryService summaries) {
        this.summaries = summaries;
        addClassName("case-view");
        addClassName("summary-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            reviewCaseId = Long.valueOf(event.getRouteParameters().get("reviewCaseId").orElse(""));
            show(null);
        } catch (ScrutinyNotFoundException | CaseNotFoundException | NumberFormatException notVisible) {
            removeAll();
            title = getTranslation("scrutiny.notAvailable.title");
            add(new H1(title), new Paragraph(getTranslation("scrutiny.notAvailable.text")));
        }
    }

    /** Shows the page; {@code typed} keeps what the preparer wrote when the page is shown again. */
    private void show(String typed) {
        SummaryService.Work work = summaries.open(reviewCaseId);
        ReviewCase reviewCase = work.reviewCase();
        ScrutinyCaseSource source = work.source();
        removeAll();
        title = getTranslation("scrutiny.summary.pageTitle", source.reference());
        add(new H1(title), new RouterLink(getTranslation("nav.scrutinySummaries"), SummariesView.class));
        add(new Paragraph(getTranslation("scrutiny.summary.forPanel", reviewCase.getMeeting().getPanel().getName(),
                getTranslation("scrutiny.caseLabel", reviewCase.getLabelNumber()),
                Labels.of("scrutiny.selection", reviewCase.getStatus()))));
        add(mustNotAppear(source), sourceTexts(source), editor(reviewCase, typed));
        Section preview = new Section(new H2(getTranslation("scrutiny.summary.preview")));
        preview.addClassName("case-section");
        preview.add(new PseudonymisedCasePanel(work.preview(), work.actions()));
        add(preview);
    }

    private Component mustNotAppear(ScrutinyCaseSource source) {
        Section section = section("scrutiny.summary.mustNotAppear");
        section.setId("must-not-appear");
        UnorderedList list = new UnorderedList();
        for (ScrutinyCaseSource.PartyIdentifiers party : source.identifiers()) {
            String who = party.role() == null ? getTranslation("scrutiny.summary.references")
                    : PseudonymisedCasePanel.partyLabel(this, party.role(), party.number());
            list.add(new ListItem(who + ": " + String.join("; ", party.values())));
        }
        section.add(new Paragraph(getTranslation("scrutiny.summary.mustNotAppear.help")), list);
        return section;
    }

    private Component sourceTexts(ScrutinyCaseSource source) {
        Section section = section("scrutiny.summary.source");
        section.add(new Paragraph(getTranslation("scrutiny.summary.source.help")));
        for (ScrutinyCaseSource.SourceText text : source.texts()) {
            Paragraph paragraph = new Paragraph();
            com.vaadin.flow.component.html.Span label = new com.vaadin.flow.component.html.Span(
                    getTranslation(text.labelKey(), text.arguments().toArray()) + ": ");
            label.addClassName("field-label");
            com.vaadin.flow.component.html.Span value = new com.vaadin.flow.component.html.Span(text.text());
            value.addClassName("preserve-lines");
            paragraph.add(label, value);
            section.add(paragraph);
        }
        return section;
    }

    private Component editor(ReviewCase reviewCase, String typed) {
        Section section = section("scrutiny.summary.title");
        section.setId("summary-editor");
        TextArea summary = new TextArea(getTranslation("scrutiny.summary.field"));
        summary.setHelperText(getTranslation("scrutiny.summary.field.help"));
        summary.setMaxLength(4000);
        summary.setWidthFull();
        summary.setMinHeight("12rem");
        summary.setValue(typed != null ? typed : reviewCase.getSummary() == null ? "" : reviewCase.getSummary());
        Div findings = new Div();
        findings.setId("summary-findings");
        findings.getElement().setAttribute("role", "status");
        Paragraph stale = new Paragraph(getTranslation("error.stale"));
        stale.addClassName("stale-warning");
        stale.setVisible(false);

        Button check = new Button(getTranslation("scrutiny.summary.check"),
                click -> showFindings(findings, summaries.check(reviewCase.getId(), summary.getValue())));
        check.setId("check-summary");
        Button save = new Button(getTranslation("scrutiny.summary.saveDraft"), click -> {
            try {
                summaries.saveDraft(reviewCase.getId(), reviewCase.getVersion(), summary.getValue());
                Notices.success(getTranslation("scrutiny.summary.saved"));
                show(summary.getValue());
            } catch (OptimisticLockingFailureException changed) {
                stale.setVisible(true);
            } catch (InvalidFieldException refused) {
                summary.setErrorMessage(getTranslation(refused.messageKey()));
                summary.setInvalid(true);
            }
        });
        save.setId("save-summary");
        Button release = new Button(getTranslation("scrutiny.summary.release"), click -> {
            summary.setInvalid(false);
            try {
                summaries.release(reviewCase.getId(), reviewCase.getVersion(), summary.getValue());
                Notices.success(getTranslation("scrutiny.summary.released"));
                show(null);
            } catch (IdentifyingTextException identifying) {
                summary.setErrorMessage(getTranslation(identifying.messageKey()));
                summary.setInvalid(true);
                showFindings(findings, identifying.findings());
            } catch (OptimisticLockingFailureException changed) {
                stale.setVisible(true);
            } catch (InvalidFieldException refused) {
                summary.setErrorMessage(getTranslation(refused.messageKey()));
                summary.setInvalid(true);
            }
        });
        release.setId("release-summary");
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Select<SwapReason> reason = new Select<>();
        reason.setLabel(getTranslation("scrutiny.withhold.reason"));
        reason.setItems(SwapReason.values());
        reason.setItemLabelGenerator(value -> Labels.of("scrutiny.swapReason", value));
        Button withhold = new Button(getTranslation("scrutiny.withhold"), click -> {
            reason.setInvalid(false);
            try {
                summaries.withhold(reviewCase.getId(), reviewCase.getVersion(), reason.getValue());
                Notices.success(getTranslation("scrutiny.withhold.done"));
                show(summary.getValue());
            } catch (OptimisticLockingFailureException changed) {
                stale.setVisible(true);
            } catch (InvalidFieldException refused) {
                reason.setErrorMessage(getTranslation(refused.messageKey()));
                reason.setInvalid(true);
            }
        });
        withhold.setId("withhold-case");
        HorizontalLayout withholdRow = new HorizontalLayout(reason, withhold);
        withholdRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        section.add(stale, summary, findings, new HorizontalLayout(check, save, release),
                new Paragraph(getTranslation("scrutiny.withhold.help")), withholdRow);
        return section;
    }

    private void showFindings(Div box, List<IdentifierFinding> findings) {
        box.removeAll();
        if (findings.isEmpty()) {
            Paragraph clear = new Paragraph(getTranslation("scrutiny.summary.clear"));
            clear.addClassName("check-clear");
            box.add(clear);
            return;
        }
        box.addClassName("problems");
        box.add(new Paragraph(getTranslation("scrutiny.summary.found")));
        UnorderedList list = new UnorderedList();
        for (IdentifierFinding finding : findings) {
            String who = finding.role() == null ? getTranslation("scrutiny.summary.references")
                    : PseudonymisedCasePanel.partyLabel(this, finding.role(), finding.number());
            list.add(new ListItem(getTranslation("scrutiny.summary.finding", who,
                    Labels.of("scrutiny.identifier", finding.kind()), finding.fragment())));
        }
        box.add(list);
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
