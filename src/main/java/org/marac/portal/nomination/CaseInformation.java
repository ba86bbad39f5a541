package org.marac.portal.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.Member;

/**
 * What one agency knows about a case, recorded relevant and proportionate, with fact and opinion kept
 * apart: research for a meeting (with the meeting's id) or information shared between meetings. A
 * restricted entry (police intelligence, say) is seen by the recording agency alone.
 */
@Entity
@Table(name = "case_information")
public class CaseInformation extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MaracCase maracCase;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Member author;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Size(max = 4000, message = "{validation.max4000}")
    @Column(length = 4000)
    private String facts;

    @Size(max = 4000, message = "{validation.max4000}")
    @Column(length = 4000)
    private String opinion;

    @Column(nullable = false)
    private boolean restricted;

    protected CaseInformation() {
    }

    /** A new, unsaved entry for a form to fill. */
    public static CaseInformation blank() {
        return new CaseInformation();
    }

    void recordedBy(MaracCase maracCase, Agency agency, Member author, Long meetingId) {
        this.maracCase = maracCase;
        this.agency = agency;
        this.author = author;
        this.meetingId = meetingId;
    }

    void eraseFreeText() {
        facts = org.marac.portal.base.erasure.CaseErasure.erased(facts);
        opinion = org.marac.portal.base.erasure.CaseErasure.erased(opinion);
    }

    public Long getCaseId() { return maracCase == null ? null : maracCase.getId(); }
    public Agency getAgency() { return agency; }
    public Member getAuthor() { return author; }
    public Long getMeetingId() { return meetingId; }
    public String getFacts() { return facts; }
    public void setFacts(String facts) { this.facts = facts; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public boolean isRestricted() { return restricted; }
    public void setRestricted(boolean restricted) { this.restricted = restricted; }
}
