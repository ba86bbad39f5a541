package org.marac.portal.action;

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

/** One entry of an action's updates log: who, when, the status it moved to (if it moved) and their comment. */
@Entity
@Table(name = "case_action_update")
public class ActionUpdate extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false)
    private CaseAction action;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ActionStatus status;

    @Column(length = 2000)
    private String comment;

    protected ActionUpdate() {
    }

    ActionUpdate(CaseAction action, Member member, ActionStatus status, String comment) {
        this.action = action;
        this.member = member;
        this.status = status;
        this.comment = comment;
    }

    public Member getMember() { return member; }
    public ActionStatus getStatus() { return status; }
    public String getComment() { return comment; }
}
