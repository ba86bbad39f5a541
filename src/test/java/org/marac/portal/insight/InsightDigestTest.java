package org.marac.portal.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.insight.internal.DigestSubscriptionRepository;
import org.marac.portal.insight.internal.InsightDigestJob;
import org.marac.portal.notification.NotificationService;
import org.marac.portal.partner.Member;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The daily insight summary at fixed mornings in June 2025: members who asked for it hear of the cases they may
 * see (new high-risk nominations, newly listed cases, overdue actions of their agency or area), by reference
 * only, once per morning, and nothing on a day with nothing to report.
 */
@PortalTest
class InsightDigestTest {

    @Autowired
    InsightFixture fixture;
    @Autowired
    InsightDigestSettings settings;
    @Autowired
    DigestSubscriptionRepository subscriptions;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    SignIn signIn;
    @Autowired
    org.marac.portal.support.DemoMembers demo;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private InsightDigestJob jobAt(String instant) {
        return new InsightDigestJob(subscriptions, notifications, jdbc, transactions,
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private void choose(Member member, boolean subscribed) {
        signIn.as(member);
        settings.saveMySetting(subscribed, settings.mySetting().version());
        signIn.out();
    }

    private record Email(String subject, String body, String link) {
    }

    private List<Email> emailsOf(Member member) {
        return jdbc.query("SELECT subject, body, link FROM email_outbox WHERE member_id = ? ORDER BY id",
                (result, row) -> new Email(result.getString(1), result.getString(2), result.getString(3)), member.getId());
    }

    @Test
    void membersWhoAskedHearOfTheirCasesByReferenceOnceEachMorning() {
        fixture.build();
        choose(fixture.police1, true);
        choose(fixture.housing1, true);
        choose(fixture.chair, true);
        choose(fixture.council1, true);

        // 07:00 BST, 20 June 2025: case 18 was listed on the 19th; the housing action on case 5 is overdue since March.
        jobAt("2025-06-20T06:00:00Z").writeSummaries();

        List<Email> police = emailsOf(fixture.police1);
        assertThat(police).hasSize(1);
        assertThat(police.getFirst().subject()).isEqualTo("MARAC portal: Daily insight summary for 20 Jun 2025");
        assertThat(police.getFirst().body()).contains("Since 19 Jun 2025, 07:00 (UK time), on the cases you can see:",
                "One case listed for a MARAC meeting:\n  IT-2025-0018")
                .doesNotContain("overdue", "high-risk");
        assertThat(police.getFirst().link()).endsWith("/cases");

        List<Email> housing = emailsOf(fixture.housing1);
        assertThat(housing).hasSize(1);
        assertThat(housing.getFirst().body()).contains("One overdue action owned by your agency, on one case:\n  IT-2025-0005")
                .as("housing does not see the police's case 18").doesNotContain("IT-2025-0018");

        List<Email> chair = emailsOf(fixture.chair);
        assertThat(chair).hasSize(1);
        assertThat(chair.getFirst().body()).contains("IT-2025-0018", "One overdue action in the areas you chair, on one case:\n  IT-2025-0005")
                .doesNotContain("owned by your agency");

        assertThat(emailsOf(fixture.council1)).as("nothing to report, no email").isEmpty();
        assertThat(emailsOf(fixture.policeLead)).as("did not ask").isEmpty();
        for (Email email : List.of(police.getFirst(), housing.getFirst(), chair.getFirst())) {
            assertThat(email.body()).doesNotContain("Victim", "Insight Police Officer", "Insight Chair", "Riverside", "Harbour");
        }

        // A second run the same morning (another instance, or a retry) writes nothing more.
        jobAt("2025-06-20T06:00:30Z").writeSummaries();
        assertThat(emailsOf(fixture.police1)).hasSize(1);
        assertThat(emailsOf(fixture.chair)).hasSize(1);

        // 26 June: case 19, high risk, was nominated on the 25th; the listing of case 18 is not told again.
        choose(fixture.housing1, false);
        jobAt("2025-06-26T06:00:00Z").writeSummaries();
        police = emailsOf(fixture.police1);
        assertThat(police).hasSize(2);
        assertThat(police.get(1).body()).contains("Since 20 Jun 2025, 07:00 (UK time)", "One new high-risk nomination:\n  IT-2025-0019")
                .doesNotContain("IT-2025-0018");
        assertThat(emailsOf(fixture.chair).get(1).body()).contains("IT-2025-0019", "IT-2025-0005");
        assertThat(emailsOf(fixture.housing1)).as("no longer asked").hasSize(1);
    }

    @Test
    void eachMemberChangesOnlyTheirOwnChoiceAndAStaleSaveIsRefused() {
        fixture.build();
        signIn.as(fixture.housingLead);
        DigestSetting first = settings.mySetting();
        DigestSetting saved = settings.saveMySetting(true, first.version());
        assertThat(saved.subscribed()).isTrue();
        assertThatThrownBy(() -> settings.saveMySetting(false, first.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(settings.mySetting()).isEqualTo(saved);

        signIn.as(fixture.police1);
        assertThat(settings.mySetting().subscribed()).isFalse();
    }

    @Test
    void onlyMembersWhoWorkOnCasesMayAsk() {
        signIn.as(demo.get("dpo"));
        assertThatThrownBy(() -> settings.mySetting()).isInstanceOf(AuthorizationDeniedException.class);
        signIn.as(demo.get("scrutiny"));
        assertThatThrownBy(() -> settings.saveMySetting(true, -1)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
