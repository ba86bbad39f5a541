package org.marac.portal.scrutiny;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.partner.Member;

/** A member's seat on a panel, and which version of its confidentiality agreement they accepted, when. */
@Entity
@Table(name = "scrutiny_panel_member")
public class PanelMembership extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "panel_id", nullable = false)
    private ScrutinyPanel panel;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Column(name = "agreement_version")
    private Integer agreementVersion;

    @Column(name = "agreement_accepted_at")
    private Instant agreementAcceptedAt;

    protected PanelMembership() {
    }

    PanelMembership(ScrutinyPanel panel, Member member) {
        this.panel = panel;
        this.member = member;
    }

    /** Whether the member accepted the panel's current agreement. */
    public boolean hasAccepted(int currentVersion) {
        return agreementVersion != null && agreementVersion == currentVersion;
    }

    void accept(int version, Instant at) {
        this.agreementVersion = version;
        this.agreementAcceptedAt = at;
    }

    public ScrutinyPanel getPanel() { return panel; }
    public Member getMember() { return member; }
    public Integer getAgreementVersion() { return agreementVersion; }
    public Instant getAgreementAcceptedAt() { return agreementAcceptedAt; }
}
