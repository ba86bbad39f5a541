package org.marac.portal.dataprotection;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.marac.portal.nomination.CaseClosureService;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.support.KaribuTest;
import org.marac.portal.support.Nominations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The retention review page as the data protection officer uses it: keep with a reason, or anonymise on confirmation. */
class RetentionViewTest extends KaribuTest {

    @Autowired
    Nominations builder;
    @Autowired
    NominationService nominations;
    @Autowired
    CaseClosureService closure;
    @Autowired
    RetentionReviewJob job;
    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<RetentionReview> grid() {
        return _get(Grid.class, spec -> spec.withId("retention-grid"));
    }

    /** The case's row, or -1 when it is not listed (the grid hides when nothing is due). */
    private int rowOf(MaracCase maracCase) {
        if (_find(Grid.class, spec -> spec.withId("retention-grid")).isEmpty()) {
            return -1;
        }
        return IntStream.range(0, GridKt._size(grid()))
                .filter(row -> GridKt._get(grid(), row).getCaseId().equals(maracCase.getId())).findFirst().orElse(-1);
    }

    @Test
    void anonymisingAsksForTheCaseReferenceAndKeepingForAReason() {
        MaracCase erase = oldClosedCase("Viewerase");
        MaracCase keep = oldClosedCase("Viewkeep");
        job.openDueReviews();
        openAs("dpo");
        UI.getCurrent().navigate("retention");

        _click(decisionButton(erase, "Anonymise " + erase.getReference()));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Case reference")), "HC-0000-0000");
        _click(_get(Button.class, spec -> spec.withId("confirm-anonymise")));
        TextField confirm = _get(TextField.class, spec -> spec.withLabel("Case reference"));
        assertThat(confirm.isInvalid()).isTrue();
        assertThat(rowOf(erase)).isNotNegative();
        _setValue(confirm, erase.getReference());
        _click(_get(Button.class, spec -> spec.withId("confirm-anonymise")));
        assertThat(rowOf(erase)).isNegative();

        _click(decisionButton(keep, "Keep " + keep.getReference()));
        _click(_get(Button.class, spec -> spec.withId("confirm-retain")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Why the case must be kept"));
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the case must be kept");
        _setValue(reason, "Inquest pending");
        _click(_get(Button.class, spec -> spec.withId("confirm-retain")));
        assertThat(rowOf(keep)).isNegative();
        assertThat(jdbc.queryForObject("SELECT given_name FROM person p JOIN case_party cp ON cp.person_id = p.id"
                + " WHERE cp.case_id = ? AND cp.role = 'VICTIM'", String.class, erase.getId())).isNull();
    }

    private Button decisionButton(MaracCase maracCase, String accessibleName) {
        return GridKt._getCellComponent(grid(), rowOf(maracCase), "decide").getChildren()
                .map(Button.class::cast).filter(button -> button.getAriaLabel().orElse("").equals(accessibleName))
                .findFirst().orElseThrow();
    }

    private MaracCase oldClosedCase(String family) {
        MaracCase accepted = builder.acceptedCase("housing", "Carys", family);
        closure.close(accepted.getId(), nominations.find(accepted.getId()).getVersion(),
                new CaseClosureService.Closure(ClosureReason.VICTIM_MOVED_AWAY, RiskLevel.STANDARD, CpsOutcome.NOT_KNOWN, null));
        jdbc.update("UPDATE marac_case SET closed_at = ? WHERE id = ?", LocalDateTime.now().minusYears(10), accepted.getId());
        signIn.out();
        return accepted;
    }
}
