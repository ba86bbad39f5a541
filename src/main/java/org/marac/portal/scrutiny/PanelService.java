package org.marac.portal.scrutiny;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.marac.portal.scrutiny.internal.CriterionRepository;
import org.marac.portal.scrutiny.internal.PanelRepository;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Panels as the partnership sets them up (ADMIN: areas, chair, members, terms of reference, confidentiality
 * agreement), each member's acceptance of the agreement, and the review criteria the panel's chair keeps.
 */
@Service
@Validated
@Transactional
public class PanelService {

    /** A panel the acting member sits on, whether they accepted its current agreement, and whether they chair it. */
    public record Seat(ScrutinyPanel panel, boolean accepted, boolean chair) {
    }

    private final PanelRepository panels;
    private final CriterionRepository criteria;
    private final MemberService members;
    private final ScrutinyAccess access;
    private final MessageSource messages;
    private final Clock clock;

    PanelService(PanelRepository panels, CriterionRepository criteria, MemberService members, ScrutinyAccess access,
            MessageSource messages, Clock clock) {
        this.panels = panels;
        this.criteria = criteria;
        this.members = members;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<ScrutinyPanel> findAll() {
        return panels.findAllByOrderByNameAsc();
    }

    /** Active members who may chair a panel: they hold the scrutiny chair role. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Member> chairCandidates() {
        return members.findAll().stream().filter(member -> member.hasRole(Role.SCRUTINY_CHAIR)).toList();
    }

    /** Active members who may sit on a panel: they hold a scrutiny role. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Member> memberCandidates() {
        return members.findAll().stream()
                .filter(member -> member.hasRole(Role.SCRUTINY_CHAIR) || member.hasRole(Role.SCRUTINY_MEMBER)).toList();
    }

    /**
     * Creates or changes a panel. The chair always sits on it; every member must hold a scrutiny role; a
     * changed agreement becomes a new version that every member accepts again. A new panel starts with
     * the eight standard review criteria.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ScrutinyPanel save(@Valid ScrutinyPanel panel) {
        panels.findByNameIgnoreCase(panel.getName()).filter(other -> !other.getId().equals(panel.getId()))
                .ifPresent(other -> {
                    throw new InvalidFieldException("name", "scrutiny.panel.nameDuplicate");
                });
        if (panel.getChair() != null && !panel.getChair().hasRole(Role.SCRUTINY_CHAIR)) {
            throw new InvalidFieldException("chair", "scrutiny.panel.chairRole");
        }
        if (panel.getMembers().stream().anyMatch(m -> !m.hasRole(Role.SCRUTINY_CHAIR) && !m.hasRole(Role.SCRUTINY_MEMBER))) {
            throw new InvalidFieldException("members", "scrutiny.panel.memberRole");
        }
        if (panel.getChair() != null && panel.membershipOf(panel.getChair().getId()).isEmpty()) {
            Set<Member> withChair = new java.util.LinkedHashSet<>(panel.getMembers());
            withChair.add(panel.getChair());
            panel.setMembers(withChair);
        }
        boolean created = panel.isNew();
        if (!created) {
            ScrutinyPanel stored = panels.findById(panel.getId()).orElseThrow(ScrutinyNotFoundException::new);
            if (stored.getVersion() != panel.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(ScrutinyPanel.class, panel.getId());
            }
            if (!Objects.equals(stored.getAgreementText(), panel.getAgreementText())) {
                panel.newAgreementVersion();
            }
        }
        ScrutinyPanel saved = panels.saveAndFlush(panel);
        if (created) {
            int position = 0;
            for (String key : ReviewCriterion.SEED) {
                criteria.save(new ReviewCriterion(saved, ++position, text("scrutiny.criterion." + key),
                        text("scrutiny.criterion." + key + ".guidance")));
            }
        }
        return saved;
    }

    /** The panels the acting member sits on: names, terms of reference and agreements, before acceptance too. */
    @PreAuthorize("hasAnyRole('SCRUTINY_CHAIR', 'SCRUTINY_MEMBER')")
    @Transactional(readOnly = true)
    public List<Seat> myPanels() {
        PortalUser user = PortalUser.require();
        return panels.findWithMember(user.getMemberId()).stream().map(panel -> new Seat(panel,
                panel.membershipOf(user.getMemberId()).orElseThrow().hasAccepted(panel.getAgreementVersion()),
                panel.isChairedBy(user))).toList();
    }

    /**
     * Records that the acting member accepted the version of the agreement they were shown, with the time.
     * If the agreement changed meanwhile, they must read the new one.
     */
    @PreAuthorize("hasAnyRole('SCRUTINY_CHAIR', 'SCRUTINY_MEMBER')")
    public PanelMembership acceptAgreement(Long panelId, int versionShown) {
        ScrutinyPanel panel = access.panel(panelId);
        PanelMembership membership = panel.membershipOf(PortalUser.require().getMemberId())
                .orElseThrow(ScrutinyNotFoundException::new);
        if (versionShown != panel.getAgreementVersion()) {
            throw new InvalidFieldException("agreement", "scrutiny.agreement.changed");
        }
        if (!membership.hasAccepted(versionShown)) {
            membership.accept(versionShown, clock.instant());
        }
        panels.saveAndFlush(panel);
        return membership;
    }

    /** The panel's criteria, retired ones included, in order. */
    @PreAuthorize("hasAnyRole('SCRUTINY_CHAIR', 'SCRUTINY_MEMBER')")
    @Transactional(readOnly = true)
    public List<ReviewCriterion> criteria(Long panelId) {
        ScrutinyPanel panel = access.panel(panelId);
        access.member(panel);
        return criteria.findByPanel(panelId);
    }

    /**
     * The chair adds a criterion or improves one's wording. A criterion that a review meeting has used keeps
     * its title, so that past findings keep their meaning: retire it and add a new one instead.
     */
    @PreAuthorize("hasRole('SCRUTINY_CHAIR')")
    public ReviewCriterion saveCriterion(Long panelId, @Valid ReviewCriterion criterion) {
        ScrutinyPanel panel = access.panel(panelId);
        access.chair(panel);
        if (criterion.isNew()) {
            criterion.placeIn(panel, criteria.lastPosition(panelId) + 1);
        } else {
            ReviewCriterion stored = criteria.findById(criterion.getId())
                    .filter(c -> panelId.equals(c.getPanelId())).orElseThrow(ScrutinyNotFoundException::new);
            if (stored.getVersion() != criterion.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(ReviewCriterion.class, criterion.getId());
            }
            if (!stored.getTitle().equals(criterion.getTitle()) && criteria.isUsed(criterion.getId())) {
                throw new InvalidFieldException("title", "scrutiny.criterion.inUse");
            }
        }
        return criteria.saveAndFlush(criterion);
    }

    /** Retires a criterion from future meetings, or brings it back. */
    @PreAuthorize("hasRole('SCRUTINY_CHAIR')")
    public ReviewCriterion setCriterionActive(Long criterionId, long expectedVersion, boolean active) {
        ReviewCriterion criterion = criteria.findById(criterionId).orElseThrow(ScrutinyNotFoundException::new);
        access.chair(access.panel(criterion.getPanelId()));
        if (criterion.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ReviewCriterion.class, criterionId);
        }
        criterion.setActive(active);
        return criteria.saveAndFlush(criterion);
    }

    /** The agencies the panel's members work for: who receives what is released to the panel. */
    static Set<Long> memberAgencies(ScrutinyPanel panel) {
        return panel.getMembers().stream().filter(m -> m.getAgency() != null).map(m -> m.getAgency().getId())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
