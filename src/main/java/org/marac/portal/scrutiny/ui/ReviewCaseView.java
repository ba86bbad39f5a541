package org.marac.portal.scrutiny.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.LabelledLine;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.base.ui.ProblemList;
import org.marac.portal.scrutiny.AgreementRequiredException;
import org.marac.portal.scrutiny.CaseForReview;
import org.marac.portal.scrutiny.CaseReviewService;
import org.marac.portal.scrutiny.CriterionRating;
import org.marac.portal.scrutiny.RatedCriterion;
import org.marac.portal.scrutiny.ScrutinyNotFoundException;
import org.marac.portal.nomination.CaseNotFoundException;

/**
 * One selected case as the panel sees it (pseudonymised facts, actions without their words, the approved
 * summary) with the member's review form; the chair also sees the panel's reviews and records the agreed
 * finding. Opening it is logged against the case's people.
 */
@Route("scrutiny/cases/:reviewCaseId")
@RolesAllowed({"SCRUTINY_CHAIR", "SCRUTINY_MEMBER"})
public class ReviewCaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseReviewService reviews;
    private String title = "";
    private Long reviewCaseId;

    ReviewCaseView(CaseReviewService reviews) {
        this.reviews = reviews;
        addClassName("case-view");
        addClassName("review-case-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            reviewCaseId = Long.valueOf(event.getRouteParameters().get("reviewCaseId").orElse(""));
            show();
        } catch (AgreementRequiredException notYet) {
            event.forwardTo(ScrutinyView.class);
        } catch (ScrutinyNotFoundException | CaseNotFoundException | NumberFormatException notVisible) {
            removeAll();
            title = getTranslation("scrutiny.notAvailable.title");
            add(new H1(title), new Paragraph(getTranslation("scrutiny.notAvailable.text")));
        }
    }

    private void show() {
        CaseForReview view = reviews.open(reviewCaseId);
        removeAll();
        title = getTranslation("scrutiny.caseLabel", view.label());
        add(new H1(title), new RouterLink(getTranslation("scrutiny.backToMeeting"), ReviewMeetingView.class,
                new RouteParameters("meetingId", String.valueOf(view.meetingId()))));
        add(LabelledLine.of("scrutiny.panel", view.panelName()),
                LabelledLine.of("scrutiny.meeting.theme", view.theme() + " (" + DateFormats.date(view.meetingDate()) + ")"));
        Paragraph pseudonymised = new Paragraph(getTranslation("scrutiny.case.pseudonymised"));
        pseudonymised.addClassName("notice");
        add(pseudonymised, summary(view), new PseudonymisedCasePanel(view.facts(), view.actions()));
        if (view.finding().agreed()) {
            add(agreedFinding(view));
        }
        if (view.chair() || view.finding().agreed()) {
            add(panelReviews(view));
        }
        if (!view.finding().agreed()) {
            add(reviewForm(view));
            if (view.chair()) {
                add(findingForm(view));
            }
        }
    }

    private Component summary(CaseForReview view) {
        Section section = section("scrutiny.summary.title");
        section.setId("case-summary");
        Div text = new Div();
        text.addClassName("preserve-lines");
        text.setText(view.summaryHeldBack() ? getTranslation("scrutiny.summary.heldBack") : view.summary());
        section.add(text);
        return section;
    }

    private Component reviewForm(CaseForReview view) {
        Section section = section("scrutiny.review.title");
        section.setId("review-form");
        ProblemList problems = new ProblemList();
        section.add(problems, new Paragraph(getTranslation("scrutiny.review.help")));
        CaseForReview.Review mine = view.myReview();
        Map<Long, RadioButtonGroup<CriterionRating>> ratings = new LinkedHashMap<>();
        Map<Long, TextArea> comments = new LinkedHashMap<>();
        for (CaseForReview.Criterion criterion : view.criteria()) {
            Div block = new Div();
            block.addClassName("criterion");
            RadioButtonGroup<CriterionRating> rating = ratingGroup(criterion);
            TextArea comment = new TextArea(getTranslation("scrutiny.review.comment", criterion.title()));
            comment.setMaxLength(2000);
            comment.setWidthFull();
            if (mine != null && mine.ratings().containsKey(criterion.id())) {
                CaseForReview.Rated rated = mine.ratings().get(criterion.id());
                rating.setValue(rated.rating());
                comment.setValue(rated.comment() == null ? "" : rated.comment());
            }
            ratings.put(criterion.id(), rating);
            comments.put(criterion.id(), comment);
            block.add(new H3(criterion.title()));
            if (criterion.guidance() != null) {
                block.add(new Paragraph(criterion.guidance()));
            }
            block.add(rating, comment);
            section.add(block);
        }
        TextArea overall = new TextArea(getTranslation("scrutiny.review.overall"));
        overall.setMaxLength(4000);
        overall.setWidthFull();
        overall.setValue(mine == null || mine.overallComment() == null ? "" : mine.overallComment());
        Paragraph state = new Paragraph(mine == null ? getTranslation("scrutiny.review.notStarted")
                : getTranslation(mine.submitted() ? "scrutiny.review.isSubmitted" : "scrutiny.review.isDraft"));
        state.setId("review-state");
        Button save = new Button(getTranslation("scrutiny.review.saveDraft"),
                click -> saveReview(view, ratings, comments, overall, problems, false));
        save.setId("save-review");
        Button submit = new Button(getTranslation("scrutiny.review.submit"),
                click -> saveReview(view, ratings, comments, overall, problems, true));
        submit.setId("submit-review");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(overall, state, new Div(save, submit));
        return section;
    }

    private RadioButtonGroup<CriterionRating> ratingGroup(CaseForReview.Criterion criterion) {
        RadioButtonGroup<CriterionRating> rating = new RadioButtonGroup<>(criterion.title());
        rating.setItems(CriterionRating.values());
        rating.setItemLabelGenerator(value -> Labels.of("scrutiny.rating", value));
        return rating;
    }

    private void saveReview(CaseForReview view, Map<Long, RadioButtonGroup<CriterionRating>> ratings,
            Map<Long, TextArea> comments, TextArea overall, ProblemList problems, boolean submit) {
        Map<Long, RatedCriterion> values = new HashMap<>();
        ratings.forEach((id, group) -> values.put(id, new RatedCriterion(group.getValue(), comments.get(id).getValue())));
        ratings.values().forEach(group -> group.setInvalid(false));
        try {
            reviews.saveReview(view.reviewCaseId(), view.myReview() == null ? null : view.myReview().version(), values,
                    overall.getValue(), submit);
            Notices.success(getTranslation(submit ? "scrutiny.review.submitted" : "scrutiny.review.saved"));
            show();
        } catch (InvalidFieldException refused) {
            if ("scrutiny.review.incomplete".equals(refused.messageKey())) {
                ratings.forEach((id, group) -> {
                    if (group.getValue() == null) {
                        group.setErrorMessage(getTranslation("scrutiny.review.rate"));
                        group.setInvalid(true);
                    }
                });
            }
            problems.show(java.util.List.of(getTranslation(refused.messageKey())));
        }
    }

    /** For the chair at the meeting: how members rated each criterion, what they said, and the finding to record. */
    private Component panelReviews(CaseForReview view) {
        Section section = section("scrutiny.panelReviews");
        section.setId("panel-reviews");
        if (view.panelReviews().isEmpty()) {
            section.add(new Paragraph(getTranslation("scrutiny.panelReviews.none")));
            return section;
        }
        for (CaseForReview.Criterion criterion : view.criteria()) {
            section.add(new H3(criterion.title()));
            Map<CriterionRating, Long> counts = new EnumMap<>(CriterionRating.class);
            view.panelReviews().forEach(review -> {
                CaseForReview.Rated rated = review.ratings().get(criterion.id());
                if (rated != null && rated.rating() != null) {
                    counts.merge(rated.rating(), 1L, Long::sum);
                }
            });
            section.add(new Paragraph(counts.entrySet().stream()
                    .map(e -> Labels.of("scrutiny.rating", e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(" · "))));
            UnorderedList said = new UnorderedList();
            view.panelReviews().forEach(review -> {
                CaseForReview.Rated rated = review.ratings().get(criterion.id());
                if (rated != null && rated.comment() != null) {
                    said.add(new ListItem(review.reviewer() + ": " + rated.comment()));
                }
            });
            if (said.getChildren().findAny().isPresent()) {
                section.add(said);
            }
        }
        UnorderedList overall = new UnorderedList();
        view.panelReviews().stream().filter(r -> r.overallComment() != null)
                .forEach(r -> overall.add(new ListItem(r.reviewer() + ": " + r.overallComment())));
        if (overall.getChildren().findAny().isPresent()) {
            section.add(new H3(getTranslation("scrutiny.review.overall")), overall);
        }
        return section;
    }

    private Component findingForm(CaseForReview view) {
        Section section = section("scrutiny.finding.title");
        section.setId("finding-form");
        ProblemList problems = new ProblemList();
        section.add(problems, new Paragraph(getTranslation("scrutiny.finding.help")));
        Map<Long, RadioButtonGroup<CriterionRating>> agreed = new LinkedHashMap<>();
        for (CaseForReview.Criterion criterion : view.criteria()) {
            RadioButtonGroup<CriterionRating> rating = ratingGroup(criterion);
            rating.setValue(view.finding().ratings().get(criterion.id()));
            agreed.put(criterion.id(), rating);
            section.add(rating);
        }
        TextArea text = new TextArea(getTranslation("scrutiny.finding.text"));
        text.setHelperText(getTranslation("scrutiny.finding.text.help"));
        text.setMaxLength(4000);
        text.setWidthFull();
        Button record = new Button(getTranslation("scrutiny.finding.record"), click -> {
            Map<Long, CriterionRating> values = new HashMap<>();
            agreed.forEach((id, group) -> {
                if (group.getValue() != null) {
                    values.put(id, group.getValue());
                }
            });
            try {
                reviews.agreeFinding(view.reviewCaseId(), view.finding().reviewCaseVersion(), values, text.getValue());
                Notices.success(getTranslation("scrutiny.finding.recorded"));
                show();
            } catch (InvalidFieldException refused) {
                text.setInvalid("findingText".equals(refused.field()));
                text.setErrorMessage(getTranslation(refused.messageKey()));
                problems.show(java.util.List.of(getTranslation(refused.messageKey())));
            }
        });
        record.setId("record-finding");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(text, record);
        return section;
    }

    private Component agreedFinding(CaseForReview view) {
        Section section = section("scrutiny.finding.title");
        section.setId("agreed-finding");
        UnorderedList list = new UnorderedList();
        view.criteria().forEach(criterion -> list.add(new ListItem(criterion.title() + ": "
                + Labels.of("scrutiny.rating", view.finding().ratings().get(criterion.id())))));
        Div text = new Div();
        text.addClassName("preserve-lines");
        text.setText(view.finding().text());
        section.add(list, text);
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
