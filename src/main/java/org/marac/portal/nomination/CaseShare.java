package org.marac.portal.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.marac.portal.base.AbstractEntity;

/** One reason an agency sees a case it did not nominate; in force until ended or the case closes. */
@Entity
@Table(name = "case_share")
public class CaseShare extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MaracCase maracCase;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ShareSource source;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected CaseShare() {
    }

    CaseShare(MaracCase maracCase, Long agencyId, ShareSource source, Long sourceId) {
        this.maracCase = maracCase;
        this.agencyId = agencyId;
        this.source = source;
        this.sourceId = sourceId;
    }

    public Long getAgencyId() { return agencyId; }
    public ShareSource getSource() { return source; }
    public Long getSourceId() { return sourceId; }
    public Instant getEndedAt() { return endedAt; }
    void end(Instant at) { this.endedAt = at; }
    void resume() { this.endedAt = null; }
}
