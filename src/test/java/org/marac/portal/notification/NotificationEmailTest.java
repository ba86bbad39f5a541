package org.marac.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.notification.internal.EmailOutboxSender;
import org.marac.portal.notification.internal.OutboxRepository;
import org.marac.portal.notification.internal.RecipientDirectory;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.Role;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.NewMembers;
import org.marac.portal.support.Nominations;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.marac.portal.support.TestMailServer;
import org.marac.portal.support.TestMailServer.Email;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Emails as they reach an SMTP server (GreenMail): a reference and a link, never anyone's name. */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationEmailTest {

    @Autowired
    NominationService nominations;
    @Autowired
    Nominations builder;
    @Autowired
    NotificationService notifications;
    @Autowired
    EmailOutboxSender sender;
    @Autowired
    DemoMembers demo;
    @Autowired
    NewMembers newMembers;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Value("${portal.notifications.base-url}")
    String baseUrl;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void nominationEmailsCarryTheReferenceAndLinkButNoNameOfTheCasesPeopleOrTheMember() {
        signIn.as(demo.get("housing"));
        MaracCase submitted = nominations.submit(builder.completeDraft("Ottoline", "Vandersteen",
                LocalDate.of(1969, 3, 14), "NG9 4QZ", 1));
        String reference = submitted.getReference();
        signIn.as(demo.get("chair"));
        MaracCase queued = nominations.find(submitted.getId());
        nominations.decline(queued.getId(), queued.getVersion(), "Ottoline Vandersteen is already supported");
        signIn.out();

        sender.sendDue();

        Email toChair = onlyEmailAbout(reference, "priya.shah@example.org");
        Email toNominator = onlyEmailAbout(reference, "sam.patel@example.org");
        assertThat(toChair.subject()).isEqualTo("MARAC portal: Nomination " + reference + " is waiting for your review");
        assertThat(toNominator.subject()).isEqualTo("MARAC portal: Your nomination " + reference + " was declined");
        for (Email email : List.of(toChair, toNominator)) {
            assertThat(email.body()).contains("Case reference: " + reference)
                    .contains(baseUrl + "/cases/" + submitted.getId());
            assertThat(email.subject() + "\n" + email.body())
                    .doesNotContainIgnoringCase("Ottoline").doesNotContainIgnoringCase("Vandersteen")
                    .doesNotContain("1969").doesNotContain("NG9")
                    .doesNotContainIgnoringCase("already supported")
                    .doesNotContainIgnoringCase("Priya").doesNotContainIgnoringCase("Shah")
                    .doesNotContainIgnoringCase("Sam Patel").doesNotContainIgnoringCase("Patel")
                    .doesNotContainIgnoringCase("Northshire");
        }
        assertThat(toChair.from()).contains("no-reply@marac-portal.invalid");
    }

    @Test
    void aSentEmailIsNotSentAgain() {
        Member member = newMembers.create("Once Only", demo.get("housing").getAgency(), Role.PRACTITIONER);
        transaction.executeWithoutResult(status -> notifications.send(Notice.of(NotificationKind.ACTION_ASSIGNED)
                .caseReference("HC-2092-0001").link("cases/7").arguments(LocalDate.of(2026, 12, 24))
                .to(Recipient.member(member.getId())).build()));

        sender.sendDue();
        sender.sendDue();

        List<Email> received = TestMailServer.awaitReceivedBy(member.getEmail(), email -> true, 1);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().subject())
                .isEqualTo("MARAC portal: An action on HC-2092-0001 is assigned to your agency, due 24 Dec 2026");
        assertThat(received.getFirst().body()).contains(baseUrl + "/cases/7").doesNotContain("Once Only");
        assertThat(status(member)).containsExactly("SENT");
    }

    @Test
    void withoutAnSmtpHostEachEmailIsOneLogLineWithoutPersonalDataAndCountsAsSent(CapturedOutput output,
            @Autowired OutboxRepository outbox, @Autowired RecipientDirectory directory,
            @Autowired PlatformTransactionManager transactions, @Autowired ObjectProvider<JavaMailSender> noMailSender,
            @Value("${portal.notifications.from}") String from) {
        sender.sendDue();
        Member member = newMembers.create("Logged Only", demo.get("housing").getAgency(), Role.PRACTITIONER);
        transaction.executeWithoutResult(status -> notifications.send(Notice.of(NotificationKind.NOMINATION_ACCEPTED)
                .caseReference("HC-2092-0002").link("cases/8").to(Recipient.member(member.getId())).build()));
        EmailOutboxSender withoutSmtp = new EmailOutboxSender(outbox, directory, transactions,
                emptyProvider(), from, Clock.systemUTC());

        withoutSmtp.sendDue();

        String line = output.getOut().lines().filter(l -> l.contains("HC-2092-0002")).findFirst().orElseThrow();
        assertThat(line).contains("INFO").contains("written to the log").contains(baseUrl + "/cases/8")
                .contains("member " + member.getId())
                .doesNotContain(member.getEmail()).doesNotContain("Logged Only");
        assertThat(status(member)).containsExactly("SENT");
        assertThat(TestMailServer.receivedBy(member.getEmail())).isEmpty();
    }

    private static ObjectProvider<JavaMailSender> emptyProvider() {
        return new ObjectProvider<>() {
            @Override
            public JavaMailSender getObject() {
                throw new org.springframework.beans.factory.NoSuchBeanDefinitionException(JavaMailSender.class);
            }

            @Override
            public JavaMailSender getObject(Object... args) {
                return getObject();
            }

            @Override
            public JavaMailSender getIfAvailable() {
                return null;
            }

            @Override
            public JavaMailSender getIfUnique() {
                return null;
            }
        };
    }

    private List<String> status(Member member) {
        return jdbc.queryForList("SELECT status FROM email_outbox WHERE member_id = ?", String.class, member.getId());
    }

    private Email onlyEmailAbout(String reference, String address) {
        List<Email> about = TestMailServer.awaitReceivedBy(address, email -> email.subject().contains(reference), 1);
        assertThat(about).as("emails to %s about %s; outbox rows about it: %s", address, reference,
                jdbc.queryForList("SELECT member_id, status, attempts, next_attempt_at, subject FROM email_outbox"
                        + " WHERE subject LIKE ?", "%" + reference + "%")).hasSize(1);
        return about.getFirst();
    }
}
