package org.marac.portal.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.partner.Member;

/** One step of a case's status timeline: who moved it to which status, and why. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MaracCase maracCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Column(length = 2000)
    private String note;

    protected CaseEvent() {
    }

    CaseEvent(MaracCase maracCase, CaseStatus status, Member member, String note) {
        this.maracCase = maracCase;
        this.status = status;
        this.member = member;
        this.note = note;
    }

    public CaseStatus getStatus() { return status; }
    public Member getMember() { return member; }
    public String getNote() { return note; }
    void eraseNote() { note = org.marac.portal.base.erasure.CaseErasure.erased(note); }
}
