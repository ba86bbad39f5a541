package org.marac.portal.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.notification.MemberNotice;
import org.marac.portal.notification.NotificationKind;
import org.marac.portal.notification.NotificationService;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.Role;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.NewMembers;
import org.marac.portal.support.Nominations;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/** The nomination's three events reach the right people, and nobody else. */
@PortalTest
class NominationNotificationsTest {

    @Autowired
    NominationService nominations;
    @Autowired
    RiskAssessmentService risk;
    @Autowired
    NotificationService notifications;
    @Autowired
    Nominations builder;
    @Autowired
    NewMembers newMembers;
    @Autowired
    DemoMembers demo;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** The member's notices about this case, as they see them. */
    private List<NotificationKind> kindsFor(Member member, Long caseId, String reference) {
        signIn.as(member);
        return notifications.myNotices().stream()
                .filter(notice -> notice.getLink().equals("cases/" + caseId)
                        || (reference != null && reference.equals(notice.getCaseReference())))
                .map(MemberNotice::getKind).toList();
    }

    @Test
    void aSubmittedNominationReachesTheAreaChairOnly() {
        signIn.as(demo.get("housing"));
        MaracCase submitted = nominations.submit(builder.completeDraft("Hester", "Notifytest", LocalDate.of(1988, 2, 2),
                "NG5 5AB", 1));

        assertThat(kindsFor(demo.get("chair"), submitted.getId(), submitted.getReference()))
                .containsExactly(NotificationKind.NOMINATION_SUBMITTED);
        signIn.as(demo.get("chair"));
        MemberNotice notice = notifications.myNotices().stream()
                .filter(n -> submitted.getReference().equals(n.getCaseReference())).findFirst().orElseThrow();
        assertThat(notice.getLink()).isEqualTo("cases/" + submitted.getId());
        for (String other : List.of("chair2", "housing", "housing-sup", "police")) {
            assertThat(kindsFor(demo.get(other), submitted.getId(), submitted.getReference())).as(other).isEmpty();
        }
    }

    @Test
    void theChairsDecisionReachesTheNominatingMemberOnly() {
        Member nominator = newMembers.create("Nominating Practitioner", demo.get("housing").getAgency(), Role.PRACTITIONER);
        signIn.as(nominator);
        MaracCase declinedCase = nominations.submit(builder.completeDraft("Ivo", "Notifytest", LocalDate.of(1977, 7, 7),
                "NG6 6AB", 1));
        MaracCase acceptedDraft = nominations.saveDraft(builder.completeDraft("Jolene", "Notifytest",
                LocalDate.of(1979, 9, 9), "NG6 6AC", 1));
        RiskAssessment sent = builder.assessAndSend(acceptedDraft.getId(), RiskLevel.HIGH);
        signIn.as(demo.get("housing-sup"));
        risk.endorse(sent.getId(), sent.getVersion(), RiskLevel.HIGH, null);
        signIn.as(nominator);
        MaracCase acceptedCase = nominations.submit(nominations.find(acceptedDraft.getId()));

        signIn.as(demo.get("chair"));
        MaracCase toDecline = nominations.find(declinedCase.getId());
        nominations.decline(toDecline.getId(), toDecline.getVersion(), "Standard risk");
        MaracCase toAccept = nominations.find(acceptedCase.getId());
        nominations.accept(toAccept.getId(), toAccept.getVersion());

        assertThat(kindsFor(nominator, declinedCase.getId(), declinedCase.getReference()))
                .containsExactly(NotificationKind.NOMINATION_DECLINED);
        assertThat(kindsFor(nominator, acceptedCase.getId(), acceptedCase.getReference()))
                .containsExactly(NotificationKind.NOMINATION_ACCEPTED);
        for (String other : List.of("housing", "housing-sup")) {
            assertThat(kindsFor(demo.get(other), declinedCase.getId(), declinedCase.getReference())).as(other).isEmpty();
            assertThat(kindsFor(demo.get(other), acceptedCase.getId(), acceptedCase.getReference())).as(other).isEmpty();
        }
        assertThat(kindsFor(demo.get("chair"), acceptedCase.getId(), acceptedCase.getReference()))
                .as("the chair decided: only the submission").containsExactly(NotificationKind.NOMINATION_SUBMITTED);
    }

    @Test
    void anAssessmentSentForEndorsementReachesTheSupervisorsOfTheAgency() {
        Member secondSupervisor = newMembers.create("Second Supervisor", demo.get("housing").getAgency(), Role.SUPERVISOR);
        signIn.as(demo.get("housing"));
        MaracCase draft = nominations.saveDraft(builder.completeDraft("Kasimir", "Notifytest", LocalDate.of(1990, 1, 3),
                "NG7 7AB", 1));
        builder.assessAndSend(draft.getId(), RiskLevel.MEDIUM);

        for (Member supervisor : List.of(demo.get("housing-sup"), secondSupervisor)) {
            signIn.as(supervisor);
            assertThat(notifications.myNotices()).as(supervisor.getDisplayName())
                    .anySatisfy(notice -> {
                        assertThat(notice.getKind()).isEqualTo(NotificationKind.RISK_ASSESSMENT_AWAITING_ENDORSEMENT);
                        assertThat(notice.getLink()).isEqualTo("endorsements");
                        assertThat(notice.getCreatedAt()).isAfter(draft.getCreatedAt());
                    });
        }
        for (String other : List.of("housing", "police-lead", "chair")) {
            signIn.as(demo.get(other));
            assertThat(notifications.myNotices()).as(other)
                    .noneSatisfy(notice -> {
                        assertThat(notice.getKind()).isEqualTo(NotificationKind.RISK_ASSESSMENT_AWAITING_ENDORSEMENT);
                        assertThat(notice.getCreatedAt()).isAfter(draft.getCreatedAt());
                    });
        }
    }
}
