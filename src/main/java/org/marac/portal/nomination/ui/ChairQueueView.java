package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.Grids;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.nomination.Eligibility;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.MatchSuggestion;
import org.marac.portal.nomination.NominationService;
import org.springframework.dao.OptimisticLockingFailureException;

/** CHAIR: submitted nominations in their areas, with eligibility, risk, repeat and match flags; accept or decline. */
@Route("chair/queue")
@RolesAllowed("CHAIR")
@Menu(order = 15, title = "nav.chairQueue")
public class ChairQueueView extends Main implements HasDynamicTitle {

    private final NominationService nominations;
    private final Grid<MaracCase> grid = new Grid<>();
    private final Div detail = new Div();

    ChairQueueView(NominationService nominations) {
        this.nominations = nominations;
        addClassName("admin-view");
        grid.addColumn(CaseLabels::reference).setHeader(getTranslation("case.reference")).setAutoWidth(true);
        grid.addColumn(c -> c.getArea().getName()).setHeader(getTranslation("case.area")).setAutoWidth(true);
        grid.addColumn(c -> c.getNominatingAgency().getName()).setHeader(getTranslation("case.agency")).setAutoWidth(true);
        grid.addColumn(c -> c.getEndorsedRisk() == null ? getTranslation("case.notEndorsed") : Labels.of("risk.level", c.getEndorsedRisk()))
                .setHeader(getTranslation("case.endorsedRisk")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(nominations.eligibilityOf(c.getId()).isEligible() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("queue.eligible"));
        grid.addColumn(c -> flags(c)).setHeader(getTranslation("queue.flags")).setAutoWidth(true);
        grid.addColumn(c -> DateFormats.dateTime(c.getSubmittedAt())).setHeader(getTranslation("case.submitted")).setAutoWidth(true);
        Grids.openable(grid, CaseLabels::reference, this::show);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("nav.chairQueue"));
        add(new H1(getTranslation("nav.chairQueue")), grid, detail);
        refresh();
    }

    private String flags(MaracCase maracCase) {
        return java.util.stream.Stream.of(
                        maracCase.isRepeatCase() ? getTranslation("case.repeat") : null,
                        maracCase.isPossibleMatch() ? getTranslation("queue.possibleMatch") : null)
                .filter(java.util.Objects::nonNull).collect(Collectors.joining(", "));
    }

    private void refresh() {
        grid.setItems(nominations.chairQueue());
        detail.removeAll();
    }

    private void show(MaracCase maracCase) {
        detail.removeAll();
        detail.addClassName("queue-detail");
        detail.add(new H2(CaseLabels.reference(maracCase)));
        Eligibility eligibility = nominations.eligibilityOf(maracCase.getId());
        detail.add(new EligibilityPanel(eligibility));
        var suggestions = nominations.matchSuggestions(maracCase.getId());
        if (!suggestions.isEmpty()) {
            detail.add(new H3(getTranslation("queue.matches")));
            for (MatchSuggestion suggestion : suggestions) {
                detail.add(matchRow(suggestion, maracCase));
            }
        }
        Button open = new Button(getTranslation("queue.openCase"),
                click -> getUI().ifPresent(ui -> ui.navigate(CaseView.class, NominationView.parametersFor(maracCase))));
        Button accept = new Button(getTranslation("queue.accept"));
        accept.setId("accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setEnabled(eligibility.isEligible());
        accept.setDisableOnClick(true);
        TextArea declineReason = new TextArea(getTranslation("queue.declineReason"));
        declineReason.setMaxLength(2000);
        declineReason.setWidthFull();
        Button decline = new Button(getTranslation("queue.decline"));
        decline.setId("decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        accept.addClickListener(click -> decide(() -> nominations.accept(maracCase.getId(), maracCase.getVersion()),
                "queue.accepted", maracCase, declineReason, accept));
        decline.addClickListener(click -> decide(() -> nominations.decline(maracCase.getId(), maracCase.getVersion(),
                declineReason.getValue()), "queue.declined", maracCase, declineReason, decline));
        detail.add(new HorizontalLayout(open, accept), declineReason, decline);
    }

    private Div matchRow(MatchSuggestion suggestion, MaracCase maracCase) {
        Div row = new Div();
        row.addClassName("match-row");
        row.add(new Paragraph(getTranslation("queue.matchLine", suggestion.getPerson().displayName(),
                suggestion.getExistingPerson().displayName(), Math.round(suggestion.getScore() * 100),
                Labels.of("match.status", suggestion.getStatus()))));
        if (suggestion.getStatus() == MatchSuggestion.Decision.SUGGESTED) {
            Button same = new Button(getTranslation("queue.samePerson"), click -> {
                nominations.decideMatch(suggestion.getId(), true);
                show(nominations.find(maracCase.getId()));
            });
            Button different = new Button(getTranslation("queue.differentPeople"), click -> {
                nominations.decideMatch(suggestion.getId(), false);
                show(nominations.find(maracCase.getId()));
            });
            row.add(new HorizontalLayout(same, different));
        }
        return row;
    }

    private void decide(Runnable decision, String doneKey, MaracCase maracCase, TextArea reason, Button button) {
        try {
            decision.run();
            Notices.success(getTranslation(doneKey, CaseLabels.reference(maracCase)));
            refresh();
        } catch (InvalidFieldException refused) {
            reason.setErrorMessage(getTranslation(refused.messageKey()));
            reason.setInvalid(true);
        } catch (OptimisticLockingFailureException stale) {
            Notices.error(getTranslation("error.stale"));
        } finally {
            button.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.chairQueue");
    }
}
