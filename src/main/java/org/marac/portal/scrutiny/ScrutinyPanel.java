package org.marac.portal.scrutiny;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;

/**
 * A community scrutiny panel for one or more MARAC areas: its independent chair, its members, its terms of
 * reference, and the confidentiality agreement each member accepts before seeing any case. A new version of
 * the agreement must be accepted again.
 */
@Entity
@Table(name = "scrutiny_panel")
public class ScrutinyPanel extends AbstractEntity {

    @NotBlank(message = "{validation.required}")
    @Size(max = 150, message = "{validation.max150}")
    @Column(nullable = false, unique = true, length = 150)
    private String name;

    @NotEmpty(message = "{scrutiny.panel.areasRequired}")
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "scrutiny_panel_area", joinColumns = @JoinColumn(name = "panel_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    private Set<MaracArea> areas = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "chair_id")
    private Member chair;

    @NotBlank(message = "{validation.required}")
    @Size(max = 4000, message = "{validation.max4000}")
    @Column(name = "terms_of_reference", nullable = false, length = 4000)
    private String termsOfReference;

    @NotBlank(message = "{validation.required}")
    @Size(max = 4000, message = "{validation.max4000}")
    @Column(name = "agreement_text", nullable = false, length = 4000)
    private String agreementText;

    @Column(name = "agreement_version", nullable = false)
    private int agreementVersion = 1;

    @OneToMany(mappedBy = "panel", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("id")
    private List<PanelMembership> memberships = new ArrayList<>();

    protected ScrutinyPanel() {
    }

    public ScrutinyPanel(String name) {
        this.name = name;
    }

    /** The panel's chair, acting in that role. */
    public boolean isChairedBy(PortalUser user) {
        return user.hasRole(Role.SCRUTINY_CHAIR) && chair != null && chair.getId().equals(user.getMemberId());
    }

    public Optional<PanelMembership> membershipOf(Long memberId) {
        return memberships.stream().filter(m -> m.getMember().getId().equals(memberId)).findFirst();
    }

    public Set<Member> getMembers() {
        return memberships.stream().map(PanelMembership::getMember).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Sets who sits on the panel; members who stay keep their acceptance of the agreement. */
    public void setMembers(Set<Member> members) {
        Set<Long> ids = members.stream().map(Member::getId).collect(Collectors.toSet());
        memberships.removeIf(membership -> !ids.contains(membership.getMember().getId()));
        for (Member member : members) {
            if (membershipOf(member.getId()).isEmpty()) {
                memberships.add(new PanelMembership(this, member));
            }
        }
    }

    void newAgreementVersion() {
        agreementVersion++;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public Set<MaracArea> getAreas() { return areas; }
    public void setAreas(Set<MaracArea> areas) { this.areas = new LinkedHashSet<>(areas); }
    public Member getChair() { return chair; }
    public void setChair(Member chair) { this.chair = chair; }
    public String getTermsOfReference() { return termsOfReference; }
    public void setTermsOfReference(String termsOfReference) { this.termsOfReference = termsOfReference; }
    public String getAgreementText() { return agreementText; }
    public void setAgreementText(String agreementText) { this.agreementText = agreementText; }
    public int getAgreementVersion() { return agreementVersion; }
    public List<PanelMembership> getMemberships() { return memberships; }
}
