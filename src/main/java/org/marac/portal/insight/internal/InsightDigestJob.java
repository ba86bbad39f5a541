package org.marac.portal.insight.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.nomination.CaseAccessPolicy;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.notification.NotificationService;
import org.marac.portal.notification.SummaryEmail;
import org.marac.portal.partner.MemberStatus;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every day at 07:00 UK time, to each member who asked for it: new high-risk nominations, cases newly listed
 * for a MARAC meeting, and overdue actions of their agency (and, for a chair, in their areas), as counts and
 * case references of the cases they may see, since their last summary. Nothing is sent when there is nothing
 * to report. Each member's summary is written to the notification outbox in the transaction that moves their
 * "sent until" on, holding their subscription row locked, so two instances never write one twice.
 */
@Component
public class InsightDigestJob {

    public static final String LOCK_NAME = "insight-daily-digest";
    /** At most this many references are listed in a line; the rest are counted. */
    static final int MAX_REFERENCES = 25;
    /** A summary is due when none was written in this time: a second run the same morning writes nothing. */
    private static final Duration MIN_GAP = Duration.ofHours(20);
    private static final Duration FIRST_PERIOD = Duration.ofDays(1);

    private final DigestSubscriptionRepository subscriptions;
    private final NotificationService notifications;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public InsightDigestJob(DigestSubscriptionRepository subscriptions, NotificationService notifications, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.subscriptions = subscriptions;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.insight.digest-cron}", zone = "Europe/London")
    @SchedulerLock(name = LOCK_NAME, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void run() {
        writeSummaries();
    }

    /** @return how many summary emails were written to the outbox */
    public int writeSummaries() {
        Instant now = clock.instant();
        int written = 0;
        for (Long memberId : subscriptions.subscribedMembers()) {
            if (Boolean.TRUE.equals(transaction.execute(status -> writeSummary(memberId, now)))) {
                written++;
            }
        }
        return written;
    }

    private boolean writeSummary(Long memberId, Instant now) {
        DigestSubscription subscription = subscriptions.claimDue(memberId, now.minus(MIN_GAP)).orElse(null);
        if (subscription == null) {
            return false;
        }
        Instant since = subscription.getLastSentAt() == null ? now.minus(FIRST_PERIOD) : subscription.getLastSentAt();
        subscription.sentUntil(now);
        PortalUser member = activeMember(memberId);
        if (member == null) {
            return false;
        }
        List<SummaryEmail.Line> lines = lines(member, since, now);
        if (lines.isEmpty()) {
            return false;
        }
        List<SummaryEmail.Line> email = new ArrayList<>();
        email.add(SummaryEmail.Line.of("insight.digest.intro", since));
        email.addAll(lines);
        notifications.email(memberId, new SummaryEmail("insight.digest.subject",
                List.of(LocalDate.ofInstant(now, DateFormats.UK)), email, "cases"));
        return true;
    }

    /** The member as the sharing policy sees them now, or null when they no longer have access. */
    private PortalUser activeMember(Long memberId) {
        List<Long> agency = jdbc.query("SELECT agency_id FROM member WHERE id = ? AND status = ?",
                (result, row) -> result.getObject(1, Long.class), memberId, MemberStatus.ACTIVE.name());
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        jdbc.queryForList("SELECT role FROM member_role WHERE member_id = ?", String.class, memberId)
                .forEach(role -> roles.add(Role.valueOf(role)));
        return agency.isEmpty() || roles.isEmpty() ? null
                : new MemberUser(memberId, agency.getFirst(), null, null, MemberStatus.ACTIVE, roles);
    }

    /** What the member should hear of; empty when there is nothing. */
    List<SummaryEmail.Line> lines(PortalUser user, Instant since, Instant until) {
        SqlCondition visible = VisibleCasesSql.visibleTo(user);
        List<SummaryEmail.Line> lines = new ArrayList<>();
        add(lines, "insight.digest.highRisk", references("SELECT c.reference FROM" + Population.CASES + "WHERE ("
                + visible.sql() + ") AND c.submitted_at >= ? AND c.submitted_at < ? AND c.endorsed_risk = '" + RiskLevel.HIGH
                + "' ORDER BY c.reference", visible, utc(since), utc(until)));
        add(lines, "insight.digest.listed", references("SELECT DISTINCT c.reference FROM case_event e JOIN marac_case c"
                + " ON c.id = e.case_id LEFT JOIN marac_area ar ON ar.id = c.area_id WHERE (" + visible.sql()
                + ") AND e.status = '" + CaseStatus.LISTED + "' AND e.created_at >= ? AND e.created_at < ?"
                + " ORDER BY c.reference", visible, utc(since), utc(until)));
        LocalDate today = LocalDate.ofInstant(until, DateFormats.UK);
        String overdue = "SELECT c.reference, COUNT(*) FROM case_action a JOIN marac_case c ON c.id = a.case_id"
                + " LEFT JOIN marac_area ar ON ar.id = c.area_id WHERE (" + visible.sql() + ")"
                + " AND a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < ? AND ";
        if (CaseAccessPolicy.seesAgencyCases(user)) {
            addOverdue(lines, "insight.digest.overdueAgency", overdue + "a.owner_agency_id = ? GROUP BY c.reference"
                    + " ORDER BY c.reference", visible, today, user.getAgencyId());
        }
        if (user.hasRole(Role.CHAIR)) {
            addOverdue(lines, "insight.digest.overdueArea", overdue + "ar.chair_id = ? GROUP BY c.reference"
                    + " ORDER BY c.reference", visible, today, user.getMemberId());
        }
        return lines;
    }

    private List<String> references(String sql, SqlCondition visible, Object... more) {
        return jdbc.queryForList(sql, String.class, arguments(visible, more));
    }

    private static void add(List<SummaryEmail.Line> lines, String key, List<String> references) {
        if (!references.isEmpty()) {
            lines.add(SummaryEmail.Line.of(key, references.size()).listing(first(references)));
            more(lines, references.size());
        }
    }

    private void addOverdue(List<SummaryEmail.Line> lines, String key, String sql, SqlCondition visible, Object... more) {
        List<String> references = new ArrayList<>();
        long[] actions = {0};
        jdbc.query(sql, result -> {
            references.add(result.getString(1));
            actions[0] += result.getLong(2);
        }, arguments(visible, more));
        if (!references.isEmpty()) {
            lines.add(SummaryEmail.Line.of(key, actions[0], references.size()).listing(first(references)));
            more(lines, references.size());
        }
    }

    private static List<String> first(List<String> references) {
        return references.subList(0, Math.min(MAX_REFERENCES, references.size()));
    }

    private static void more(List<SummaryEmail.Line> lines, int count) {
        if (count > MAX_REFERENCES) {
            lines.add(SummaryEmail.Line.of("insight.digest.more", count - MAX_REFERENCES));
        }
    }

    private static Object[] arguments(SqlCondition visible, Object... more) {
        List<Object> all = new ArrayList<>(visible.parameters());
        all.addAll(List.of(more));
        return all.toArray();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
