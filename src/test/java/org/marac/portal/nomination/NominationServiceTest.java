package org.marac.portal.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.Nominations;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Nomination, risk assessment, endorsement and the chair's decision on the embedded MariaDB. */
@PortalTest
class NominationServiceTest {

    @Autowired
    NominationService nominations;
    @Autowired
    RiskAssessmentService risk;
    @Autowired
    Nominations builder;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private MaracCase savedDraft(String given) {
        signIn.as(demo.get("housing"));
        return nominations.saveDraft(builder.completeDraft(given, "Testcase", LocalDate.of(1980, 1, 1), "NG7 1AA", 1));
    }

    @Test
    void aDraftIsSeenByItsAgencyOnlyUntilSubmittedThenByTheAreaChairToo() {
        MaracCase draft = savedDraft("Vera");

        signIn.as(demo.get("housing-sup"));
        assertThat(nominations.find(draft.getId()).getId()).isEqualTo(draft.getId());
        signIn.as(demo.get("police"));
        assertThatThrownBy(() -> nominations.find(draft.getId())).isInstanceOf(CaseNotFoundException.class);
        assertThat(nominations.visibleCases(CaseListFilter.all(), 0, 500)).extracting(CaseListRow::id).doesNotContain(draft.getId());
        signIn.as(demo.get("chair"));
        assertThatThrownBy(() -> nominations.find(draft.getId())).isInstanceOf(CaseNotFoundException.class);

        signIn.as(demo.get("housing"));
        MaracCase submitted = nominations.submit(nominations.find(draft.getId()));
        signIn.as(demo.get("chair"));
        assertThat(nominations.chairQueue()).extracting(MaracCase::getId).contains(submitted.getId());
        signIn.as(demo.get("chair2"));
        assertThatThrownBy(() -> nominations.find(submitted.getId())).isInstanceOf(CaseNotFoundException.class);
        signIn.as(demo.get("admin"));
        assertThatThrownBy(() -> nominations.visibleCases(CaseListFilter.all(), 0, 500)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> nominations.find(submitted.getId())).isInstanceOf(AccessDeniedException.class);
        signIn.as(demo.get("scrutiny"));
        assertThatThrownBy(() -> nominations.visibleCases(CaseListFilter.all(), 0, 500)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void submittingAnEmptyDraftListsExactlyWhatIsMissing() {
        signIn.as(demo.get("housing"));
        MaracCase empty = nominations.newDraft();

        assertThatThrownBy(() -> nominations.submit(empty)).isInstanceOfSatisfying(IncompleteNominationException.class,
                incomplete -> assertThat(incomplete.missing()).extracting(Eligibility.Reason::key).containsExactly(
                        "missing.area", "missing.victimName", "missing.victimAge", "missing.incident", "missing.reason",
                        "missing.actionsSoFar", "missing.victimAware", "missing.victimConsented",
                        "missing.victimSupportOptIn"));
    }

    @Test
    void withoutConsentTheLawfulBasisAndReasonAreNeeded() {
        signIn.as(demo.get("housing"));
        MaracCase draft = builder.completeDraft("Una", "Consent", LocalDate.of(1970, 2, 2), "NG7 1AB", 1);
        draft.setVictimConsented(false);

        assertThat(nominations.missingForSubmission(draft)).extracting(Eligibility.Reason::key)
                .containsExactly("missing.lawfulBasis", "missing.sharingReason");
    }

    @Test
    void badInputIsRefusedAndNothingIsHalfSaved() {
        signIn.as(demo.get("housing"));
        MaracCase future = builder.completeDraft("Fay", "Future", LocalDate.of(1990, 1, 1), "NG7 1AC", 1);
        future.getIncidents().getFirst().setOccurredAt(Instant.now().plus(2, ChronoUnit.DAYS));
        assertThatThrownBy(() -> nominations.saveDraft(future)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("The incident date cannot be in the future");

        MaracCase postcode = builder.completeDraft("Pat", "Postcode", LocalDate.of(1990, 1, 1), "NOT A CODE", 1);
        assertThatThrownBy(() -> nominations.saveDraft(postcode)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter a UK postcode such as NG1 5AB");

        MaracCase born = builder.completeDraft("Bo", "Born", LocalDate.now().minusDays(1), "NG7 1AD", 1);
        assertThatThrownBy(() -> nominations.saveDraft(born)).isInstanceOfSatisfying(InvalidFieldException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("person.dob.afterIncident"));

        MaracCase script = builder.completeDraft("<script>alert(1)</script>", "Html", LocalDate.of(1990, 1, 1), "NG7 1AE", 1);
        MaracCase saved = nominations.saveDraft(script);
        assertThat(nominations.find(saved.getId()).victim().orElseThrow().getPerson().getGivenName())
                .isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void aStaleDraftSaveIsRefused() {
        MaracCase draft = savedDraft("Stan");
        MaracCase mine = nominations.find(draft.getId());
        MaracCase theirs = nominations.find(draft.getId());
        theirs.setReason("Updated elsewhere");
        nominations.saveDraft(theirs);
        mine.setReason("My update");

        assertThatThrownBy(() -> nominations.saveDraft(mine)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(nominations.find(draft.getId()).getReason()).isEqualTo("Updated elsewhere");
    }

    @Test
    void concurrentSubmissionsGetConsecutiveReferencesWithoutGapsOrDuplicates() throws Exception {
        List<MaracCase> drafts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            drafts.add(savedDraft("Concurrent" + i));
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> references = new ArrayList<>();
        for (MaracCase draft : drafts) {
            Callable<String> submit = () -> {
                SecurityContextHolder.getContext().setAuthentication(authentication);
                try {
                    return nominations.submit(nominations.find(draft.getId())).getReference();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            references.add(pool.submit(submit));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<String> reference : references) {
            String value = reference.get();
            assertThat(value).matches("HC-\\d{4}-\\d{4}");
            numbers.add(Integer.parseInt(value.substring(8)));
        }
        pool.shutdown();
        numbers.sort(null);
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.getLast() - numbers.getFirst()).isEqualTo(numbers.size() - 1);
    }

    @Test
    void aSupervisorEndorsesAndOnlyTheEndorsedLevelCounts() {
        MaracCase draft = savedDraft("Enid");
        RiskAssessment sent = builder.assessAndSend(draft.getId(), RiskLevel.MEDIUM);
        assertThat(nominations.eligibilityOf(draft.getId()).isEligible()).isFalse();
        assertThatThrownBy(() -> risk.awaitingEndorsement()).isInstanceOf(AccessDeniedException.class);

        signIn.as(demo.get("housing-sup"));
        assertThat(risk.awaitingEndorsement()).extracting(RiskAssessment::getId).contains(sent.getId());
        assertThatThrownBy(() -> risk.endorse(sent.getId(), sent.getVersion(), RiskLevel.HIGH, " "))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("risk.endorse.reasonRequired"));
        risk.endorse(sent.getId(), sent.getVersion(), RiskLevel.HIGH, "Children in the home were threatened");

        assertThat(nominations.find(draft.getId()).getEndorsedRisk()).isEqualTo(RiskLevel.HIGH);
        assertThat(nominations.eligibilityOf(draft.getId()).routes()).containsExactly(EligibilityRoute.ENDORSED_HIGH);

        signIn.as(demo.get("police-lead"));
        assertThat(risk.awaitingEndorsement()).extracting(RiskAssessment::getId).doesNotContain(sent.getId());

        signIn.as(demo.get("housing"));
        RiskAssessment second = builder.assessAndSend(draft.getId(), RiskLevel.HIGH);
        assertThat(second.getAssessmentNumber()).isEqualTo(2);
        assertThat(risk.history(draft.getId())).extracting(RiskAssessment::getAssessmentNumber).containsExactly(2, 1);
        assertThat(risk.history(draft.getId()).get(1).getEndorsedLevel()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void theChairAcceptsOnlyAnEligibleCaseAndDeclinesOnlyWithAReason() {
        MaracCase draft = savedDraft("Carl");
        MaracCase submitted = nominations.submit(nominations.find(draft.getId()));
        signIn.as(demo.get("chair"));
        MaracCase queued = nominations.find(submitted.getId());

        assertThatThrownBy(() -> nominations.accept(queued.getId(), queued.getVersion()))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("chair.accept.notEligible"));
        assertThatThrownBy(() -> nominations.decline(queued.getId(), queued.getVersion(), ""))
                .isInstanceOf(InvalidFieldException.class);
        MaracCase declined = nominations.decline(queued.getId(), queued.getVersion(), "Standard risk");

        assertThat(declined.getStatus()).isEqualTo(CaseStatus.DECLINED);
        assertThat(nominations.timeline(declined.getId())).extracting(CaseEvent::getStatus)
                .containsExactly(CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.DECLINED);
        signIn.as(demo.get("housing"));
        assertThat(nominations.find(declined.getId()).getDeclineReason()).isEqualTo("Standard risk");
    }

    @Test
    void aPossibleSamePersonIsFlaggedForTheChairWithoutShowingTheNominatorTheOtherCase() {
        signIn.as(demo.get("police"));
        MaracCase first = nominations.submit(builder.completeDraft("Yusuf", "Okonkwo", LocalDate.of(1975, 6, 6), "NG3 3AA", 1));
        signIn.as(demo.get("housing"));
        MaracCase second = nominations.submit(builder.completeDraft("Youssef", "Okonkwo", LocalDate.of(1975, 6, 6), "NG3 3AA", 1));

        assertThat(second.isPossibleMatch()).isTrue();
        assertThatThrownBy(() -> nominations.matchSuggestions(second.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> nominations.find(first.getId())).isInstanceOf(CaseNotFoundException.class);

        signIn.as(demo.get("chair"));
        List<MatchSuggestion> suggestions = nominations.matchSuggestions(second.getId());
        assertThat(suggestions).hasSize(1);
        nominations.decideMatch(suggestions.getFirst().getId(), true);
        assertThat(nominations.matchSuggestions(second.getId()).getFirst().getStatus())
                .isEqualTo(MatchSuggestion.Decision.CONFIRMED);
    }
}
