package org.marac.portal.insight.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.marac.portal.base.AbstractEntity;

/** A member's choice to get the daily insight summary by email, and when the last one was written. */
@Entity
@Table(name = "insight_digest_subscription")
public class DigestSubscription extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(nullable = false)
    private boolean subscribed;

    /** The end of the period the last summary covered; the next one starts there. */
    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    protected DigestSubscription() {
    }

    public DigestSubscription(Long memberId) {
        this.memberId = memberId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public boolean isSubscribed() {
        return subscribed;
    }

    public void setSubscribed(boolean subscribed) {
        this.subscribed = subscribed;
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }

    void sentUntil(Instant at) {
        this.lastSentAt = at;
    }
}
