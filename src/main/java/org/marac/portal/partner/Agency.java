package org.marac.portal.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.marac.portal.base.AbstractEntity;

/** A partner agency in the register, with its information sharing agreement. */
@Entity
@Table(name = "agency")
public class Agency extends AbstractEntity {

    @NotBlank(message = "{validation.required}")
    @Size(max = 150, message = "{validation.max150}")
    @Column(nullable = false, unique = true, length = 150)
    private String name;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AgencyType type;

    @Column(name = "sharing_agreement_signed")
    private LocalDate sharingAgreementSigned;

    @Column(name = "sharing_agreement_review")
    private LocalDate sharingAgreementReview;

    @Column(nullable = false)
    private boolean active = true;

    protected Agency() {
    }

    public Agency(String name, AgencyType type) {
        this.name = name;
        this.type = type;
    }

    @AssertTrue(message = "{agency.review.beforeSigned}")
    public boolean isReviewAfterSigning() {
        return sharingAgreementSigned == null || sharingAgreementReview == null
                || sharingAgreementReview.isAfter(sharingAgreementSigned);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public AgencyType getType() {
        return type;
    }

    public void setType(AgencyType type) {
        this.type = type;
    }

    public LocalDate getSharingAgreementSigned() {
        return sharingAgreementSigned;
    }

    public void setSharingAgreementSigned(LocalDate sharingAgreementSigned) {
        this.sharingAgreementSigned = sharingAgreementSigned;
    }

    public LocalDate getSharingAgreementReview() {
        return sharingAgreementReview;
    }

    public void setSharingAgreementReview(LocalDate sharingAgreementReview) {
        this.sharingAgreementReview = sharingAgreementReview;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
