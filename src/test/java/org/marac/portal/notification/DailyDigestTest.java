package org.marac.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.notification.internal.DailyDigestJob;
import org.marac.portal.notification.internal.EmailOutboxSender;
import org.marac.portal.notification.internal.MemberNoticeRepository;
import org.marac.portal.notification.internal.Outbox;
import org.marac.portal.notification.internal.OutboxRepository;
import org.marac.portal.notification.internal.RecipientDirectory;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.Role;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.NewMembers;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.marac.portal.support.TestMailServer;
import org.marac.portal.support.TestMailServer.Email;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest at a fixed time (tomorrow, 07:00 UK): a digest member gets nothing when notices arrive
 * and one email listing them when the digest runs; an immediate member gets each email from the sender job.
 */
@PortalTest
class DailyDigestTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    NotificationService notifications;
    @Autowired
    MemberNoticeRepository notices;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRepository outboxRows;
    @Autowired
    RecipientDirectory directory;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ObjectProvider<JavaMailSender> mailSender;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    NewMembers newMembers;
    @Autowired
    DemoMembers demo;
    @Autowired
    SignIn signIn;
    @Value("${portal.notifications.from}")
    String from;
    @Value("${portal.notifications.base-url}")
    String baseUrl;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aDigestMemberGetsOneEmailListingTheirNoticesAndAnImmediateMemberGetsEachAtOnce() {
        LocalDate tomorrow = LocalDate.now(UK).plusDays(1);
        Clock sevenTomorrow = Clock.fixed(tomorrow.atTime(7, 0).atZone(UK).toInstant(), UK);
        DailyDigestJob digestJob = new DailyDigestJob(notices, outbox, transactions, sevenTomorrow);
        EmailOutboxSender sender = new EmailOutboxSender(outboxRows, directory, transactions, mailSender, from,
                sevenTomorrow);

        Member digestReader = newMembers.create("Digest Reader", demo.get("yos").getAgency(), Role.PRACTITIONER);
        Member immediateReader = newMembers.create("Immediate Reader", demo.get("yos").getAgency(), Role.PRACTITIONER);
        signIn.as(digestReader);
        notifications.saveMyEmailMode(EmailMode.DAILY_DIGEST, notifications.myEmailSettings().version());
        signIn.out();

        Recipient both = Recipient.members(List.of(digestReader.getId(), immediateReader.getId()));
        transaction.executeWithoutResult(status -> {
            notifications.send(Notice.of(NotificationKind.NOMINATION_SUBMITTED).caseReference("HC-2095-0001")
                    .link("cases/501").to(both).build());
            notifications.send(Notice.of(NotificationKind.MEETING_MOVED).link("meetings/77")
                    .arguments(LocalDate.of(2027, 1, 12)).to(both).build());
        });
        sender.sendDue();

        assertThat(TestMailServer.receivedBy(digestReader.getEmail())).as("nothing before the digest").isEmpty();
        assertThat(TestMailServer.awaitReceivedBy(immediateReader.getEmail(), email -> true, 2)).extracting(Email::subject)
                .containsExactlyInAnyOrder("MARAC portal: Nomination HC-2095-0001 is waiting for your review",
                        "MARAC portal: A MARAC meeting you attend has moved to 12 Jan 2027");
        signIn.as(digestReader);
        assertThat(notifications.myUnreadCount()).as("in-app notices are always shown").isEqualTo(2);
        signIn.out();

        assertThat(digestJob.writeDigests()).isGreaterThanOrEqualTo(1);
        sender.sendDue();

        List<Email> digests = TestMailServer.awaitReceivedBy(digestReader.getEmail(), email -> true, 1);
        assertThat(digests).hasSize(1);
        Email digest = digests.getFirst();
        assertThat(digest.subject()).isEqualTo("MARAC portal: your daily digest for "
                + org.marac.portal.base.ui.DateFormats.date(tomorrow) + " (2 notifications)");
        assertThat(digest.body())
                .contains("Nomination HC-2095-0001 is waiting for your review", baseUrl + "/cases/501")
                .contains("A MARAC meeting you attend has moved to 12 Jan 2027", baseUrl + "/meetings/77")
                .doesNotContain("Digest Reader");
        assertThat(digest.body().indexOf("HC-2095-0001")).isLessThan(digest.body().indexOf("12 Jan 2027"));
        assertThat(TestMailServer.awaitReceivedBy(immediateReader.getEmail(), email -> true, 2)).hasSize(2);

        digestJob.writeDigests();
        sender.sendDue();
        assertThat(TestMailServer.receivedBy(digestReader.getEmail())).as("a digest lists a notice once").hasSize(1);
    }
}
