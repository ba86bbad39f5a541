package org.marac.portal.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox every few seconds. Two safeguards keep two portal instances on one database from
 * sending an email twice: the job lock (one instance runs it at a time) and the claim (rows are locked
 * with {@code FOR UPDATE SKIP LOCKED} while sent and marked sent in the same transaction), which holds
 * even if a lock expired under a slow run.
 *
 * <p>With no SMTP host configured ({@code spring.mail.host} unset), each email is written to the log as one
 * line (member id, subject, link: no address, no personal data) and counted as sent.
 */
@Component
public class EmailOutboxSender {

    public static final String LOCK_NAME = "notification-email-outbox";
    static final int BATCH_SIZE = 20;

    private static final Logger log = LoggerFactory.getLogger(EmailOutboxSender.class);

    private final OutboxRepository outbox;
    private final RecipientDirectory directory;
    private final TransactionTemplate claim;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final Clock clock;

    public EmailOutboxSender(OutboxRepository outbox, RecipientDirectory directory,
            PlatformTransactionManager transactions, ObjectProvider<JavaMailSender> mailSender,
            @Value("${portal.notifications.from}") String from, Clock clock) {
        this.outbox = outbox;
        this.directory = directory;
        this.claim = new TransactionTemplate(transactions);
        // Read committed: the claim locks only the rows it returns, so it never blocks new emails being written.
        this.claim.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.mailSender = mailSender;
        this.from = from;
        this.clock = clock;
    }

    /** Sends everything due, batch by batch. */
    @Scheduled(fixedDelayString = "${portal.notifications.send-interval}", initialDelayString = "PT10S")
    @SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT10M")
    public void sendDue() {
        int sent;
        do {
            sent = sendBatch();
        } while (sent == BATCH_SIZE);
    }

    /** Claims up to a batch of due emails, sends them and records the outcome, in one transaction. */
    public int sendBatch() {
        Integer claimed = claim.execute(status -> {
            Instant now = clock.instant();
            List<OutboxEmail> due = outbox.claimDue(now, BATCH_SIZE);
            due.forEach(email -> deliver(email, now));
            return due.size();
        });
        return claimed == null ? 0 : claimed;
    }

    private void deliver(OutboxEmail email, Instant now) {
        String address = directory.activeEmailOf(email.getMemberId());
        if (address == null) {
            email.skipped();
            log.info("Email {} for member {} not sent: the member has no address or no access now",
                    email.getId(), email.getMemberId());
            return;
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            email.sent(now);
            log.info("Email {} for member {} written to the log, no SMTP host is configured: \"{}\" {}",
                    email.getId(), email.getMemberId(), email.getSubject(), email.getLink());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject(email.getSubject());
        message.setText(email.getBody());
        try {
            sender.send(message);
            email.sent(now);
        } catch (MailException failure) {
            email.failed(now);
            // The exception's message can quote the address: the type is enough to start looking.
            log.warn("Email {} for member {} not sent (attempt {}{}): {}", email.getId(), email.getMemberId(),
                    email.getAttempts(), email.getStatus() == OutboxEmail.Status.FAILED ? ", giving up" : "",
                    failure.getClass().getSimpleName());
        }
    }
}
