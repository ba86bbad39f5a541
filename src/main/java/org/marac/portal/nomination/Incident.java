package org.marac.portal.nomination;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.marac.portal.base.AbstractEntity;

/** One hate crime or hate incident against the victim, with its hate flags. */
@Entity
@Table(name = "incident")
public class Incident extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private MaracCase maracCase;

    @NotNull(message = "{validation.required}")
    @PastOrPresent(message = "{incident.date.future}")
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Size(max = 200, message = "{validation.max200}")
    @Column(length = 200)
    private String place;

    @Size(max = 100, message = "{validation.max100}")
    @Column(length = 100)
    private String ward;

    @Size(max = 4000, message = "{validation.max4000}")
    @Column(length = 4000)
    private String description;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private IncidentKind kind = IncidentKind.CRIME;

    @Pattern(regexp = "^$|^[A-Za-z0-9/ -]{3,40}$", message = "{incident.crimeReference.invalid}")
    @Column(name = "crime_reference", length = 40)
    private String crimeReference;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "reporting_route", nullable = false, length = 30)
    private ReportingRoute reportingRoute = ReportingRoute.POLICE;

    @Size(max = 150, message = "{validation.max150}")
    @Column(name = "reporting_centre", length = 150)
    private String reportingCentre;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_strand", joinColumns = @JoinColumn(name = "incident_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "strand", nullable = false, length = 30)
    private Set<Strand> strands = EnumSet.noneOf(Strand.class);

    @Size(max = 60, message = "{validation.max60}")
    @Column(length = 60)
    private String religion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_local_strand", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "strand", nullable = false, length = 80)
    private Set<String> localStrands = new LinkedHashSet<>();

    @Column(name = "cyber_enabled", nullable = false)
    private boolean cyberEnabled;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "perceived_by", nullable = false, length = 20)
    private PerceivedBy perceivedBy = PerceivedBy.VICTIM;

    @Size(max = 2000, message = "{validation.max2000}")
    @Column(name = "victim_words", length = 2000)
    private String victimWords;

    public Incident() {
    }

    void attachTo(MaracCase maracCase) {
        this.maracCase = maracCase;
    }

    public boolean hasHateFlag() {
        return !strands.isEmpty() || !localStrands.isEmpty();
    }

    public Instant getOccurredAt() { return occurredAt; }
    public void setOccurredAt(Instant occurredAt) { this.occurredAt = occurredAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getWard() { return ward; }
    public void setWard(String ward) { this.ward = ward; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public IncidentKind getKind() { return kind; }
    public void setKind(IncidentKind kind) { this.kind = kind; }
    public String getCrimeReference() { return crimeReference; }
    public void setCrimeReference(String crimeReference) { this.crimeReference = crimeReference == null || crimeReference.isBlank() ? null : crimeReference.strip(); }
    public ReportingRoute getReportingRoute() { return reportingRoute; }
    public void setReportingRoute(ReportingRoute reportingRoute) { this.reportingRoute = reportingRoute; }
    public String getReportingCentre() { return reportingCentre; }
    public void setReportingCentre(String reportingCentre) { this.reportingCentre = reportingCentre; }
    public Set<Strand> getStrands() { return strands; }
    public void setStrands(Set<Strand> strands) { this.strands = strands.isEmpty() ? EnumSet.noneOf(Strand.class) : EnumSet.copyOf(strands); }
    public String getReligion() { return religion; }
    public void setReligion(String religion) { this.religion = religion; }
    public Set<String> getLocalStrands() { return localStrands; }
    public void setLocalStrands(Set<String> localStrands) { this.localStrands = new LinkedHashSet<>(localStrands); }
    public boolean isCyberEnabled() { return cyberEnabled; }
    public void setCyberEnabled(boolean cyberEnabled) { this.cyberEnabled = cyberEnabled; }
    public PerceivedBy getPerceivedBy() { return perceivedBy; }
    public void setPerceivedBy(PerceivedBy perceivedBy) { this.perceivedBy = perceivedBy; }
    public String getVictimWords() { return victimWords; }
    public void setVictimWords(String victimWords) { this.victimWords = victimWords; }
}
