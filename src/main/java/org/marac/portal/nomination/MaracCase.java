package org.marac.portal.nomination;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.base.erasure.CaseErasure;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.ReferralModel;

/** A nominated hate crime case, from the nominator's draft to the chair's decision and beyond. */
@Entity
@Table(name = "marac_case")
public class MaracCase extends AbstractEntity {

    @Column(length = 20, unique = true)
    private String reference;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "area_id")
    private MaracArea area;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status = CaseStatus.DRAFT;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "nominating_agency_id", nullable = false)
    private Agency nominatingAgency;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "nominating_member_id", nullable = false)
    private Member nominatingMember;

    @Size(max = 4000, message = "{validation.max4000}")
    @Column(length = 4000)
    private String reason;

    @Size(max = 4000, message = "{validation.max4000}")
    @Column(name = "actions_so_far", length = 4000)
    private String actionsSoFar;

    @Column(name = "children_in_household", nullable = false)
    private boolean childrenInHousehold;

    @Column(name = "victim_aware")
    private Boolean victimAware;

    @Column(name = "victim_consented")
    private Boolean victimConsented;

    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis", length = 40)
    private LawfulBasis lawfulBasis;

    @Size(max = 2000, message = "{validation.max2000}")
    @Column(name = "sharing_without_consent_reason", length = 2000)
    private String sharingWithoutConsentReason;

    /** The area's referral model when the case was nominated, so a later change of setting does not rewrite history. */
    @Enumerated(EnumType.STRING)
    @Column(name = "referral_model", length = 10)
    private ReferralModel referralModel;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_support_choice", nullable = false, length = 20)
    private VictimSupportChoice victimSupportChoice = VictimSupportChoice.NOT_YET_ASKED;

    @Column(name = "professional_judgement", nullable = false)
    private boolean professionalJudgement;

    @Size(max = 2000, message = "{validation.max2000}")
    @Column(name = "professional_judgement_reason", length = 2000)
    private String professionalJudgementReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "endorsed_risk", length = 10)
    private RiskLevel endorsedRisk;

    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility_route", length = 30)
    private EligibilityRoute eligibilityRoute;

    @Column(name = "repeat_case", nullable = false)
    private boolean repeatCase;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "repeat_of_case_id")
    private MaracCase repeatOf;

    @Column(name = "possible_match", nullable = false)
    private boolean possibleMatch;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "decided_by_id")
    private Member decidedBy;

    @Size(max = 2000, message = "{validation.max2000}")
    @Column(name = "decline_reason", length = 2000)
    private String declineReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason", length = 30)
    private ClosureReason closureReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_risk", length = 10)
    private RiskLevel finalRisk;

    @Size(max = 2000, message = "{validation.max2000}")
    @Column(name = "closure_note", length = 2000)
    private String closureNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "cps_outcome", length = 20)
    private CpsOutcome cpsOutcome;

    // Loaded for a page of cases in batches (hibernate.default_batch_fetch_size): a subselect would repeat the
    // page's query without its limit and load the collections of every case the member may see.
    @Valid
    @OneToMany(mappedBy = "maracCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<CaseParty> parties = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "maracCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("occurredAt")
    private List<Incident> incidents = new ArrayList<>();

    protected MaracCase() {
    }

    public MaracCase(Agency nominatingAgency, Member nominatingMember) {
        this.nominatingAgency = nominatingAgency;
        this.nominatingMember = nominatingMember;
    }

    public Optional<CaseParty> victim() {
        return parties.stream().filter(party -> party.getRole() == PartyRole.VICTIM).findFirst();
    }

    public List<CaseParty> partiesIn(PartyRole role) {
        return parties.stream().filter(party -> party.getRole() == role).toList();
    }

    public CaseParty addParty(PartyRole role, org.marac.portal.person.Person person) {
        CaseParty party = new CaseParty(this, role, person);
        parties.add(party);
        return party;
    }

    public void addIncident(Incident incident) {
        incident.attachTo(this);
        incidents.add(incident);
    }

    /** Replaces the case's free text; the facts statistics use stay. */
    void eraseFreeText() {
        reason = CaseErasure.erased(reason);
        actionsSoFar = CaseErasure.erased(actionsSoFar);
        sharingWithoutConsentReason = CaseErasure.erased(sharingWithoutConsentReason);
        professionalJudgementReason = CaseErasure.erased(professionalJudgementReason);
        declineReason = CaseErasure.erased(declineReason);
        closureNote = CaseErasure.erased(closureNote);
        for (Incident incident : incidents) {
            incident.setDescription(CaseErasure.erased(incident.getDescription()));
            incident.setVictimWords(CaseErasure.erased(incident.getVictimWords()));
            incident.setPlace(CaseErasure.erased(incident.getPlace()));
            incident.setCrimeReference(null);
        }
    }

    /** Whether this member chairs the case's area (and holds the CHAIR role). */
    public boolean isChairedBy(org.marac.portal.partner.PortalUser user) {
        return user.hasRole(org.marac.portal.partner.Role.CHAIR) && area != null && area.getChair() != null
                && area.getChair().getId().equals(user.getMemberId());
    }

    /** Accepted for MARAC and not yet closed: the case has meetings, actions and a review ahead. */
    public boolean isInMarac() {
        return status == CaseStatus.ACCEPTED || status == CaseStatus.LISTED || status == CaseStatus.ACTIONS_OPEN
                || status == CaseStatus.UNDER_REVIEW;
    }

    /** The people whose data the case holds, for the processing log. */
    public List<Long> personIds() {
        return parties.stream().map(party -> party.getPerson().getId()).filter(java.util.Objects::nonNull).toList();
    }

    public boolean isEditableByNominator() {
        return status == CaseStatus.DRAFT;
    }

    public String getReference() { return reference; }
    void setReference(String reference) { this.reference = reference; }
    public MaracArea getArea() { return area; }
    public void setArea(MaracArea area) { this.area = area; }
    public CaseStatus getStatus() { return status; }
    void setStatus(CaseStatus status) { this.status = status; }
    public Agency getNominatingAgency() { return nominatingAgency; }
    public Member getNominatingMember() { return nominatingMember; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getActionsSoFar() { return actionsSoFar; }
    public void setActionsSoFar(String actionsSoFar) { this.actionsSoFar = actionsSoFar; }
    public boolean isChildrenInHousehold() { return childrenInHousehold; }
    public void setChildrenInHousehold(boolean childrenInHousehold) { this.childrenInHousehold = childrenInHousehold; }
    public Boolean getVictimAware() { return victimAware; }
    public void setVictimAware(Boolean victimAware) { this.victimAware = victimAware; }
    public Boolean getVictimConsented() { return victimConsented; }
    public void setVictimConsented(Boolean victimConsented) { this.victimConsented = victimConsented; }
    public LawfulBasis getLawfulBasis() { return lawfulBasis; }
    public void setLawfulBasis(LawfulBasis lawfulBasis) { this.lawfulBasis = lawfulBasis; }
    public String getSharingWithoutConsentReason() { return sharingWithoutConsentReason; }
    public void setSharingWithoutConsentReason(String reason) { this.sharingWithoutConsentReason = reason; }
    public ReferralModel getReferralModel() { return referralModel; }
    void setReferralModel(ReferralModel referralModel) { this.referralModel = referralModel; }
    public VictimSupportChoice getVictimSupportChoice() { return victimSupportChoice; }
    public void setVictimSupportChoice(VictimSupportChoice choice) { this.victimSupportChoice = choice; }
    public boolean isProfessionalJudgement() { return professionalJudgement; }
    public void setProfessionalJudgement(boolean professionalJudgement) { this.professionalJudgement = professionalJudgement; }
    public String getProfessionalJudgementReason() { return professionalJudgementReason; }
    public void setProfessionalJudgementReason(String reason) { this.professionalJudgementReason = reason; }
    public RiskLevel getEndorsedRisk() { return endorsedRisk; }
    void setEndorsedRisk(RiskLevel endorsedRisk) { this.endorsedRisk = endorsedRisk; }
    public EligibilityRoute getEligibilityRoute() { return eligibilityRoute; }
    void setEligibilityRoute(EligibilityRoute route) { this.eligibilityRoute = route; }
    public boolean isRepeatCase() { return repeatCase; }
    void setRepeatCase(boolean repeatCase) { this.repeatCase = repeatCase; }
    public MaracCase getRepeatOf() { return repeatOf; }
    void setRepeatOf(MaracCase repeatOf) { this.repeatOf = repeatOf; }
    public boolean isPossibleMatch() { return possibleMatch; }
    void setPossibleMatch(boolean possibleMatch) { this.possibleMatch = possibleMatch; }
    public Instant getSubmittedAt() { return submittedAt; }
    void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    void setDecidedAt(Instant decidedAt) { this.decidedAt = decidedAt; }
    public Member getDecidedBy() { return decidedBy; }
    void setDecidedBy(Member decidedBy) { this.decidedBy = decidedBy; }
    public String getDeclineReason() { return declineReason; }
    void setDeclineReason(String declineReason) { this.declineReason = declineReason; }
    public Instant getClosedAt() { return closedAt; }
    public ClosureReason getClosureReason() { return closureReason; }
    public RiskLevel getFinalRisk() { return finalRisk; }
    public String getClosureNote() { return closureNote; }
    public CpsOutcome getCpsOutcome() { return cpsOutcome; }

    void close(Instant at, ClosureReason reason, RiskLevel finalRisk, CpsOutcome cpsOutcome, String note) {
        this.status = CaseStatus.CLOSED;
        this.closedAt = at;
        this.closureReason = reason;
        this.finalRisk = finalRisk;
        this.cpsOutcome = cpsOutcome;
        this.closureNote = note;
    }

    /** Back under review; the earlier closure stays in the timeline. */
    void reopen() {
        this.status = CaseStatus.UNDER_REVIEW;
        this.closedAt = null;
        this.closureReason = null;
        this.finalRisk = null;
        this.cpsOutcome = null;
        this.closureNote = null;
    }

    public boolean isClosable() {
        return isInMarac();
    }
    public List<CaseParty> getParties() { return parties; }
    public List<Incident> getIncidents() { return incidents; }
}
