package org.marac.portal.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.nomination.CaseClosureService;
import org.marac.portal.nomination.CaseInformation;
import org.marac.portal.nomination.CaseInformationService;
import org.marac.portal.nomination.ClosureReason;
import org.marac.portal.nomination.CpsOutcome;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.Nominations;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Closed cases come up for review when their area's retention period ends, and are kept or anonymised. */
@PortalTest
class RetentionTest {

    @Autowired
    RetentionService retention;
    @Autowired
    RetentionReviewJob job;
    @Autowired
    NominationService nominations;
    @Autowired
    CaseClosureService closure;
    @Autowired
    CaseInformationService information;
    @Autowired
    Nominations builder;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** A case closed {@code yearsAgo} years ago, with information shared on it while open. */
    private MaracCase closedYearsAgo(String family, int yearsAgo) {
        MaracCase accepted = builder.acceptedCase("housing", "Olwen", family);
        signIn.as(demo.get("housing"));
        CaseInformation entry = CaseInformation.blank();
        entry.setFacts("Lives at 12 Elm Street with her brother");
        information.record(accepted.getId(), null, entry);
        signIn.as(demo.get("chair"));
        closure.close(accepted.getId(), nominations.find(accepted.getId()).getVersion(),
                new CaseClosureService.Closure(ClosureReason.RISK_REDUCED, RiskLevel.MEDIUM, CpsOutcome.SENT_TO_CPS, null));
        jdbc.update("UPDATE marac_case SET closed_at = ? WHERE id = ?", LocalDateTime.now().minusYears(yearsAgo).minusDays(2),
                accepted.getId());
        signIn.out();
        return accepted;
    }

    private RetentionReview dueReviewOf(MaracCase maracCase) {
        return retention.dueReviews().stream().filter(review -> review.getCaseId().equals(maracCase.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void aCaseOlderThanItsAreasPeriodIsReviewedByTheDataProtectionOfficerOrItsChairOnly() {
        MaracCase old = closedYearsAgo("Retentionold", 7);
        MaracCase recent = closedYearsAgo("Retentionrecent", 2);

        assertThat(job.openDueReviews()).isPositive();
        assertThat(job.openDueReviews()).as("a waiting review is not opened twice").isZero();

        signIn.as(demo.get("dpo"));
        assertThat(retention.dueReviews()).extracting(RetentionReview::getCaseId)
                .contains(old.getId()).doesNotContain(recent.getId());
        signIn.as(demo.get("chair"));
        RetentionReview review = dueReviewOf(old);
        assertThat(review.getCaseReference()).isEqualTo(old.getReference());
        signIn.as(demo.get("chair2"));
        assertThat(retention.dueReviews()).extracting(RetentionReview::getCaseId).doesNotContain(old.getId());
        assertThatThrownBy(() -> retention.retain(review.getId(), review.getVersion(), "Civil claim", LocalDate.now().plusYears(1)))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(demo.get("police-lead"));
        assertThatThrownBy(() -> retention.dueReviews()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void keepingNeedsAReasonAndAFutureDateAndHoldsTheCaseUntilThen() {
        MaracCase old = closedYearsAgo("Retentionkept", 8);
        job.openDueReviews();
        signIn.as(demo.get("chair"));
        RetentionReview review = dueReviewOf(old);

        assertThatThrownBy(() -> retention.retain(review.getId(), review.getVersion(), " ", LocalDate.now().plusYears(1)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("retention.reasonRequired"));
        assertThatThrownBy(() -> retention.retain(review.getId(), review.getVersion(), "Civil claim", LocalDate.now()))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("retention.nextReviewRange"));
        RetentionReview kept = retention.retain(review.getId(), review.getVersion(), "Civil claim pending",
                LocalDate.now().plusYears(1));
        assertThat(kept.getStatus()).isEqualTo(RetentionStatus.RETAINED);
        assertThat(jdbc.queryForObject("SELECT detail FROM processing_log WHERE subject_type = 'CASE' AND subject_id = ?"
                + " AND operation = 'ALTERATION' ORDER BY id DESC LIMIT 1", String.class, old.getId())).contains("Civil claim pending");
        signIn.out();
        job.openDueReviews();
        signIn.as(demo.get("dpo"));
        assertThat(retention.dueReviews()).extracting(RetentionReview::getCaseId).doesNotContain(old.getId());
    }

    @Test
    void anonymisingReplacesPersonalDataAndFreeTextKeepsTheFiguresAndLogsTheErasure() {
        MaracCase old = closedYearsAgo("Retentionerased", 9);
        List<Long> people = jdbc.queryForList("SELECT person_id FROM case_party WHERE case_id = ?", Long.class, old.getId());
        job.openDueReviews();
        signIn.as(demo.get("dpo"));
        RetentionReview review = dueReviewOf(old);

        retention.anonymise(review.getId(), review.getVersion());

        assertThat(jdbc.queryForList("SELECT CONCAT_WS('|', given_name, family_name, date_of_birth, postcode) FROM person"
                + " WHERE id IN (" + ids(people) + ")", String.class)).containsOnly("");
        assertThat(jdbc.queryForList("SELECT age_band FROM person WHERE id IN (" + ids(people) + ")", String.class))
                .containsOnly(org.marac.portal.person.AgeBand.at(LocalDate.of(1979, 3, 3), LocalDate.now()).name());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_name_key WHERE person_id IN (" + ids(people) + ")",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT reason FROM marac_case WHERE id = ?", String.class, old.getId()))
                .isEqualTo("[anonymised]");
        assertThat(jdbc.queryForList("SELECT facts FROM case_information WHERE case_id = ?", String.class, old.getId()))
                .containsOnly("[anonymised]");
        assertThat(jdbc.queryForList("SELECT description FROM incident WHERE case_id = ?", String.class, old.getId()))
                .containsOnly("[anonymised]");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident_strand s JOIN incident i ON i.id = s.incident_id"
                + " WHERE i.case_id = ?", Long.class, old.getId())).as("strands stay for statistics").isPositive();
        assertThat(jdbc.queryForObject("SELECT cps_outcome FROM marac_case WHERE id = ?", String.class, old.getId()))
                .isEqualTo("SENT_TO_CPS");
        assertThat(jdbc.queryForObject("SELECT person_ids FROM processing_log WHERE operation = 'ERASURE' AND subject_id = ?"
                + " ORDER BY id DESC LIMIT 1", String.class, old.getId())).isEqualTo(ids(people).replace(" ", ""));

        assertThatThrownBy(() -> retention.anonymise(review.getId(), review.getVersion()))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        signIn.out();
        job.openDueReviews();
        signIn.as(demo.get("dpo"));
        assertThat(retention.dueReviews()).extracting(RetentionReview::getCaseId).doesNotContain(old.getId());
    }

    private static String ids(List<Long> ids) {
        return String.join(",", ids.stream().sorted().map(String::valueOf).toList());
    }
}
