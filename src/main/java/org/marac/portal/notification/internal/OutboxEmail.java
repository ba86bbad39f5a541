package org.marac.portal.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.marac.portal.base.AbstractEntity;

/**
 * An email waiting to be sent, written in the transaction of the change it announces. It names its
 * recipient by member id; the address is looked up when it is sent.
 */
@Entity
@Table(name = "email_outbox")
public class OutboxEmail extends AbstractEntity {

    /** After this many failed attempts an email is given up (FAILED) and logged. */
    static final int MAX_ATTEMPTS = 8;

    public enum Status {
        PENDING,
        SENT,
        /** Not sent because the member has no address or no longer has access. */
        SKIPPED,
        FAILED
    }

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(nullable = false, length = 255, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
    private String body;

    /** The portal address the email points to, absolute; also what the log shows when no SMTP host is set. */
    @Column(nullable = false, length = 500, updatable = false)
    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxEmail() {
    }

    OutboxEmail(Long memberId, String subject, String body, String link, Instant now) {
        this.memberId = memberId;
        this.subject = subject.length() > 255 ? subject.substring(0, 255) : subject;
        this.body = body;
        this.link = link;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        status = Status.SENT;
        attempts++;
        sentAt = now;
    }

    void skipped() {
        status = Status.SKIPPED;
    }

    /** Tries again later, each time waiting twice as long (1, 2, 4… minutes), until it gives up. */
    void failed(Instant now) {
        attempts++;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
