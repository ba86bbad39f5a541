package org.marac.portal.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marac.portal.base.AbstractEntity;

/** A MARAC area: the chair, the agencies that sit on its conference, and its local settings. */
@Entity
@Table(name = "marac_area")
public class MaracArea extends AbstractEntity {

    public static final int DEFAULT_CADENCE_WEEKS = 6;

    @NotBlank(message = "{validation.required}")
    @Size(max = 150, message = "{validation.max150}")
    @Column(nullable = false, unique = true, length = 150)
    private String name;

    @Min(value = 1, message = "{area.cadence.range}")
    @Max(value = 26, message = "{area.cadence.range}")
    @Column(name = "cadence_weeks", nullable = false)
    private int cadenceWeeks = DEFAULT_CADENCE_WEEKS;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "chair_id")
    private Member chair;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "marac_area_agency",
            joinColumns = @JoinColumn(name = "area_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> memberAgencies = new LinkedHashSet<>();

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "referral_model", nullable = false, length = 10)
    private ReferralModel referralModel = ReferralModel.OPT_IN;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "marac_area_local_strand", joinColumns = @JoinColumn(name = "area_id"))
    @OrderColumn(name = "position")
    @Column(name = "strand", nullable = false, length = 80)
    private List<@NotBlank @Size(max = 80, message = "{area.strand.tooLong}") String> localStrands = new ArrayList<>();

    /** Escalation route into MARAC: this many incidents against the victim ... */
    @Min(value = 2, message = "{area.escalation.range}")
    @Max(value = 20, message = "{area.escalation.range}")
    @Column(name = "escalation_incidents", nullable = false)
    private int escalationIncidents = 3;

    /** ... within this many months. */
    @Min(value = 1, message = "{area.window.range}")
    @Max(value = 60, message = "{area.window.range}")
    @Column(name = "escalation_window_months", nullable = false)
    private int escalationWindowMonths = 12;

    /** Closed cases come up for a retention review this many years after closure. */
    @Min(value = 1, message = "{area.retention.range}")
    @Max(value = 25, message = "{area.retention.range}")
    @Column(name = "retention_years", nullable = false)
    private int retentionYears = 6;

    protected MaracArea() {
    }

    public MaracArea(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public int getCadenceWeeks() {
        return cadenceWeeks;
    }

    public void setCadenceWeeks(int cadenceWeeks) {
        this.cadenceWeeks = cadenceWeeks;
    }

    public Member getChair() {
        return chair;
    }

    public void setChair(Member chair) {
        this.chair = chair;
    }

    public Set<Agency> getMemberAgencies() {
        return memberAgencies;
    }

    public void setMemberAgencies(Set<Agency> memberAgencies) {
        this.memberAgencies = new LinkedHashSet<>(memberAgencies);
    }

    public ReferralModel getReferralModel() {
        return referralModel;
    }

    public void setReferralModel(ReferralModel referralModel) {
        this.referralModel = referralModel;
    }

    public int getEscalationIncidents() {
        return escalationIncidents;
    }

    public void setEscalationIncidents(int escalationIncidents) {
        this.escalationIncidents = escalationIncidents;
    }

    public int getEscalationWindowMonths() {
        return escalationWindowMonths;
    }

    public void setEscalationWindowMonths(int escalationWindowMonths) {
        this.escalationWindowMonths = escalationWindowMonths;
    }

    public int getRetentionYears() {
        return retentionYears;
    }

    public void setRetentionYears(int retentionYears) {
        this.retentionYears = retentionYears;
    }

    public List<String> getLocalStrands() {
        return localStrands;
    }

    public void setLocalStrands(List<String> localStrands) {
        this.localStrands = new ArrayList<>(localStrands);
    }
}
