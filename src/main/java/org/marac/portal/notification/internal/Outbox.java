package org.marac.portal.notification.internal;

import java.time.Clock;
import java.util.List;
import org.marac.portal.notification.MemberNotice;
import org.marac.portal.notification.Notice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes emails to the outbox in the caller's transaction; {@link EmailOutboxSender} sends them. */
@Component
public class Outbox {

    private final OutboxRepository emails;
    private final NoticeTexts texts;
    private final Clock clock;

    Outbox(OutboxRepository emails, NoticeTexts texts, Clock clock) {
        this.emails = emails;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void writeImmediate(Long memberId, Notice notice) {
        emails.save(texts.immediateEmail(memberId, notice, clock.instant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void writeSummary(Long memberId, org.marac.portal.notification.SummaryEmail email) {
        emails.save(texts.summaryEmail(memberId, email, clock.instant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void writeDigest(Long memberId, List<MemberNotice> notices, java.time.Instant now) {
        emails.save(texts.digestEmail(memberId, notices, now));
    }
}
