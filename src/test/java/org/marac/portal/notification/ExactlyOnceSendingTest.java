package org.marac.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.marac.portal.base.scheduling.ClusterLocks;
import org.marac.portal.notification.internal.EmailOutboxSender;
import org.marac.portal.notification.internal.OutboxRepository;
import org.marac.portal.notification.internal.RecipientDirectory;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.Role;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.NewMembers;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.TestMailServer;
import org.marac.portal.support.TestMailServer.Email;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two portal instances on one database drain the same outbox: every email arrives exactly once, both when
 * each instance takes the job lock and when the lock is out of the picture (a lock that expired under a
 * slow run), where the row claim alone must hold.
 */
@PortalTest
class ExactlyOnceSendingTest {

    private static final int EMAILS = 45;

    @Autowired
    EmailOutboxSender portalInstance;
    @Autowired
    NotificationService notifications;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    RecipientDirectory directory;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ObjectProvider<JavaMailSender> mailSender;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NewMembers newMembers;
    @Autowired
    DemoMembers demo;
    @Value("${portal.notifications.from}")
    String from;

    /** A second portal instance: its own sender object and its own lock provider on the same database. */
    private EmailOutboxSender secondInstance() {
        return new EmailOutboxSender(outbox, directory, transactions, mailSender, from, Clock.systemUTC());
    }

    @Test
    void twoInstancesTakingTheJobLockSendEachEmailOnce() throws Exception {
        Member member = memberWithEmailsWaiting("HC-2093-");
        EmailOutboxSender other = secondInstance();
        LockingTaskExecutor otherLocks = new DefaultLockingTaskExecutor(ClusterLocks.onDatabase(dataSource));

        runConcurrently(member,
                // The portal's own bean: ShedLock's proxy takes the lock around sendDue().
                portalInstance::sendDue,
                () -> otherLocks.executeWithLock((Runnable) other::sendDue, new LockConfiguration(java.time.Instant.now(),
                        EmailOutboxSender.LOCK_NAME, Duration.ofMinutes(10), Duration.ZERO)));

        assertEachArrivedOnce(member, "HC-2093-");
        assertThat(jdbc.queryForObject("SELECT locked_by FROM shedlock WHERE name = ?", String.class,
                EmailOutboxSender.LOCK_NAME)).as("the lock row both instances took").isNotBlank();
    }

    @Test
    void twoInstancesClaimingRowsWithoutTheLockStillSendEachEmailOnce() throws Exception {
        Member member = memberWithEmailsWaiting("HC-2094-");
        EmailOutboxSender one = secondInstance();
        EmailOutboxSender two = secondInstance();

        runConcurrently(member, one::sendBatch, two::sendBatch);

        assertEachArrivedOnce(member, "HC-2094-");
    }

    private Member memberWithEmailsWaiting(String referencePrefix) {
        portalInstance.sendDue();
        Member member = newMembers.create("Busy Reader", demo.get("police").getAgency(), Role.PRACTITIONER);
        transaction.executeWithoutResult(status -> IntStream.rangeClosed(1, EMAILS).forEach(n ->
                notifications.send(Notice.of(NotificationKind.ACTION_OVERDUE)
                        .caseReference(referencePrefix + String.format("%04d", n)).link("cases/" + n)
                        .arguments(LocalDate.of(2026, 11, 1)).to(Recipient.member(member.getId())).build())));
        assertThat(pending(member)).isEqualTo(EMAILS);
        return member;
    }

    /**
     * Both instances start together and keep running until the member's outbox is empty. The portal's own
     * scheduled run is a third instance on the same rows: while it holds the job lock or has claimed rows, the
     * two find nothing to do, so they keep trying for a while rather than a number of rounds.
     */
    private void runConcurrently(Member member, Runnable first, Runnable second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Runnable instance : List.of(first, second)) {
                Callable<Integer> loop = () -> {
                    start.await();
                    int rounds = 0;
                    while (pending(member) > 0 && System.nanoTime() < deadline) {
                        instance.run();
                        rounds++;
                        Thread.sleep(5);
                    }
                    return rounds;
                };
                runs.add(pool.submit(loop));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(pending(member)).isZero();
    }

    private void assertEachArrivedOnce(Member member, String referencePrefix) {
        List<Email> received = TestMailServer.awaitReceivedBy(member.getEmail(), email -> true, EMAILS);
        Map<String, Long> copiesBySubject = received.stream()
                .collect(Collectors.groupingBy(Email::subject, Collectors.counting()));
        assertThat(received).hasSize(EMAILS);
        assertThat(copiesBySubject).hasSize(EMAILS).allSatisfy((subject, copies) -> {
            assertThat(subject).contains(referencePrefix);
            assertThat(copies).isEqualTo(1L);
        });
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM email_outbox WHERE member_id = ?", String.class,
                member.getId())).containsExactly("SENT");
        assertThat(jdbc.queryForObject("SELECT MAX(attempts) FROM email_outbox WHERE member_id = ?", Integer.class,
                member.getId())).isEqualTo(1);
    }

    private int pending(Member member) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM email_outbox WHERE member_id = ? AND status = 'PENDING'",
                Integer.class, member.getId());
    }
}
