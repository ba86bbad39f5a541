package org.marac.portal.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.notification.internal.EmailPreference;
import org.marac.portal.notification.internal.EmailPreferenceRepository;
import org.marac.portal.notification.internal.MemberNoticeRepository;
import org.marac.portal.notification.internal.Outbox;
import org.marac.portal.notification.internal.RecipientDirectory;
import org.marac.portal.partner.PortalUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications for every module: {@link #send} tells members about an event; the rest is each member's
 * own inbox (the bell in the header) and their email choice.
 *
 * <p>Notices are a kind, a case reference, a route and dates or counts: they hold no one's personal data
 * and show only what the recipient's role already lets them open, so reading them is not logged as
 * processing of personal data. A member only ever sees, counts and marks their own notices.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    /** The most notices the bell lists. */
    public static final int INBOX_SIZE = 50;

    private final MemberNoticeRepository notices;
    private final EmailPreferenceRepository preferences;
    private final RecipientDirectory directory;
    private final Outbox outbox;
    private final Clock clock;

    NotificationService(MemberNoticeRepository notices, EmailPreferenceRepository preferences,
            RecipientDirectory directory, Outbox outbox, Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Tells the notice's recipients, inside the caller's transaction: each active member it resolves to now
     * gets one in-app notice, and an email written to the outbox (sent within seconds by the outbox job) or
     * kept for their daily digest. If the caller's transaction rolls back, nobody hears anything.
     *
     * <p>Takes no permission of its own, like {@code audit.ProcessingLog.record}: the caller has already
     * checked that the acting member may do what the notice announces, and scheduled jobs (reminders) call
     * it with no member signed in. The acting member, if any, is not told of their own act.
     *
     * @return how many members were notified
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int send(Notice notice) {
        Set<Long> memberIds = directory.activeMembers(notice.recipients());
        PortalUser.current().map(PortalUser::getMemberId).ifPresent(memberIds::remove);
        if (memberIds.isEmpty()) {
            return 0;
        }
        Map<Long, EmailMode> modes = preferences.findByMemberIdIn(memberIds).stream()
                .collect(Collectors.toMap(EmailPreference::getMemberId, EmailPreference::getMode));
        for (Long memberId : memberIds) {
            boolean digest = modes.getOrDefault(memberId, EmailMode.IMMEDIATE) == EmailMode.DAILY_DIGEST;
            notices.save(new MemberNotice(memberId, notice, digest));
            if (!digest) {
                outbox.writeImmediate(memberId, notice);
            }
        }
        return memberIds.size();
    }

    /**
     * Writes another module's email for one member to the outbox, inside the caller's transaction (sent within
     * seconds; nothing if the transaction rolls back). Like {@link #send}, it takes no permission of its own:
     * the caller decides who may receive what, and jobs call it with no member signed in. The email holds only
     * what {@link SummaryEmail} lets through; a member without an address or without access gets nothing.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void email(Long memberId, SummaryEmail email) {
        outbox.writeSummary(memberId, email);
    }

    /** The acting member's latest notices, newest first. */
    @PreAuthorize("hasRole('ACTIVE_MEMBER')")
    public List<MemberNotice> myNotices() {
        return notices.findByMemberIdOrderByCreatedAtDescIdDesc(me(), Limit.of(INBOX_SIZE));
    }

    @PreAuthorize("hasRole('ACTIVE_MEMBER')")
    public long myUnreadCount() {
        return notices.countByMemberIdAndReadAtIsNull(me());
    }

    /**
     * Marks one of the acting member's notices read. Anyone else's notice is left as it is.
     *
     * @return whether a notice of theirs changed from unread to read
     */
    @PreAuthorize("hasRole('ACTIVE_MEMBER')")
    @Transactional
    public boolean markRead(Long noticeId) {
        return notices.markRead(me(), noticeId, clock.instant()) == 1;
    }

    /** @return how many of the acting member's notices were unread */
    @PreAuthorize("hasRole('ACTIVE_MEMBER')")
    @Transactional
    public int markAllRead() {
        return notices.markAllRead(me(), clock.instant());
    }

    /** The acting member's email choice (immediate unless they chose otherwise). */
    @PreAuthorize("hasRole('ACTIVE_MEMBER')")
    public EmailSettings myEmailSettings() {
        return preferences.findByMemberId(me())
                .map(preference -> new EmailSettings(preference.getMode(), preference.getVersion()))
                .orElse(new EmailSettings(EmailMode.IMMEDIATE, -1));
    }

    /**
     * Saves the acting member's email choice. {@code expectedVersion} is the version the form loaded; if the
     * choice was saved elsewhere since, this fails with an optimistic locking exception and changes nothing.
     * Notices already waiting for a digest still go out in the next digest.
     */
    @PreAuthorize("hasRole('ACTIVE_MEMBER')")
    @Transactional
    public EmailSettings saveMyEmailMode(EmailMode mode, long expectedVersion) {
        if (mode == null) {
            throw new InvalidFieldException("mode", "validation.required");
        }
        Long memberId = me();
        EmailPreference preference = preferences.findByMemberId(memberId).orElse(null);
        long currentVersion = preference == null ? -1 : preference.getVersion();
        if (currentVersion != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(EmailPreference.class, memberId);
        }
        if (preference == null) {
            preference = new EmailPreference(memberId);
        }
        preference.setMode(mode);
        try {
            EmailPreference saved = preferences.saveAndFlush(preference);
            return new EmailSettings(saved.getMode(), saved.getVersion());
        } catch (DataIntegrityViolationException savedElsewhereAtTheSameMoment) {
            throw new ObjectOptimisticLockingFailureException(EmailPreference.class, memberId);
        }
    }

    private static Long me() {
        return PortalUser.require().getMemberId();
    }
}
