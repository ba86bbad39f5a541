package org.marac.portal.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.notification.EmailMode;

/** A member's choice of immediate emails or a daily digest; a member without a row gets immediate emails. */
@Entity
@Table(name = "email_preference")
public class EmailPreference extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false, unique = true)
    private Long memberId;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EmailMode mode = EmailMode.IMMEDIATE;

    protected EmailPreference() {
    }

    public EmailPreference(Long memberId) {
        this.memberId = memberId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public EmailMode getMode() {
        return mode;
    }

    public void setMode(EmailMode mode) {
        this.mode = mode;
    }
}
