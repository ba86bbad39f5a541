package org.marac.portal.meeting;

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
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.Member;

/**
 * A member at a meeting: named by the chair or joining for their invited agency; present or with apologies;
 * and when they accepted the confidentiality statement, which is kept.
 */
@Entity
@Table(name = "meeting_attendee")
public class Attendee extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    /** The agency they attended for, as it was then. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AttendanceStatus status = AttendanceStatus.INVITED;

    @Column(name = "apology_note", length = 500)
    private String apologyNote;

    @Column(name = "confidentiality_accepted_at")
    private Instant confidentialityAcceptedAt;

    @Column(name = "joined_at")
    private Instant joinedAt;

    protected Attendee() {
    }

    Attendee(Meeting meeting, Member member) {
        this.meeting = meeting;
        this.member = member;
        this.agency = member.getAgency();
    }

    void acceptConfidentiality(Instant at) {
        if (confidentialityAcceptedAt == null) {
            confidentialityAcceptedAt = at;
        }
    }

    void join(Instant at) {
        this.status = AttendanceStatus.PRESENT;
        this.apologyNote = null;
        if (joinedAt == null) {
            joinedAt = at;
        }
    }

    void sendApologies(String note) {
        this.status = AttendanceStatus.APOLOGIES;
        this.apologyNote = note;
    }

    void markPresent() {
        this.status = AttendanceStatus.PRESENT;
        this.apologyNote = null;
    }

    public Long getMeetingId() { return meeting.getId(); }
    public Member getMember() { return member; }
    public Agency getAgency() { return agency; }
    public AttendanceStatus getStatus() { return status; }
    public String getApologyNote() { return apologyNote; }
    public Instant getConfidentialityAcceptedAt() { return confidentialityAcceptedAt; }
    public boolean hasAcceptedConfidentiality() { return confidentialityAcceptedAt != null; }
    public Instant getJoinedAt() { return joinedAt; }
}
