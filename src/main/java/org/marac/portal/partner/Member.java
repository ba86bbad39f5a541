package org.marac.portal.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.marac.portal.base.AbstractEntity;

/**
 * A person who works in the portal, known by their OIDC identity (issuer + subject). Agency and roles are
 * granted here by an ADMIN; nothing is taken from the identity provider but the name and email.
 */
@Entity
@Table(name = "member", uniqueConstraints = @UniqueConstraint(columnNames = {"issuer", "subject"}))
public class Member extends AbstractEntity {

    @Column(nullable = false, length = 255)
    private String issuer;

    @Column(nullable = false, length = 255)
    private String subject;

    @NotBlank(message = "{validation.required}")
    @Size(max = 150, message = "{validation.max150}")
    @Column(name = "display_name", nullable = false, length = 150)
    private String displayName;

    @Email(message = "{validation.email}")
    @Size(max = 255, message = "{validation.max255}")
    @Column(length = 255)
    private String email;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MemberStatus status = MemberStatus.PENDING;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected Member() {
    }

    public Member(String issuer, String subject, String displayName, String email) {
        this.issuer = issuer;
        this.subject = subject;
        this.displayName = displayName;
        this.email = email;
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public boolean hasRole(Role role) {
        return isActive() && roles.contains(role);
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Agency getAgency() {
        return agency;
    }

    public void setAgency(Agency agency) {
        this.agency = agency;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }
}
