package org.marac.portal.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The partner services on the embedded MariaDB: permissions, validation and optimistic locking. */
@PortalTest
class PartnerServicesTest {

    @Autowired
    AgencyService agencies;
    @Autowired
    MaracAreaService areas;
    @Autowired
    MemberService members;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void onlyAnAdminMaintainsTheRegister() {
        assertThatThrownBy(() -> agencies.findAll()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signIn.as(demo.get("chair"));
        assertThatThrownBy(() -> agencies.save(new Agency(unique("Agency"), AgencyType.HEALTH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.findAll()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> areas.findAll()).isInstanceOf(AccessDeniedException.class);
        assertThat(agencies.findActive()).isNotEmpty();
    }

    @Test
    void aDuplicateAgencyNameIsRefusedWhateverItsCase() {
        signIn.as(demo.get("admin"));
        String name = unique("Housing Trust");
        agencies.save(new Agency(name, AgencyType.HOUSING));

        assertThatThrownBy(() -> agencies.save(new Agency(name.toUpperCase(), AgencyType.HOUSING)))
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("name");
                    assertThat(refused.messageKey()).isEqualTo("agency.name.duplicate");
                });
    }

    @Test
    void aReviewDateBeforeTheSigningDateIsRefused() {
        signIn.as(demo.get("admin"));
        Agency agency = new Agency(unique("Health"), AgencyType.HEALTH);
        agency.setSharingAgreementSigned(LocalDate.of(2026, 5, 1));
        agency.setSharingAgreementReview(LocalDate.of(2026, 4, 30));

        assertThatThrownBy(() -> agencies.save(agency)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("The review date must be after the date the agreement was signed");
    }

    @Test
    void aStaleAgencyUpdateIsRefusedAndTheNewerChangeKept() {
        signIn.as(demo.get("admin"));
        Agency saved = agencies.save(new Agency(unique("Probation"), AgencyType.PROBATION));
        Agency first = copyOf(saved);
        Agency second = copyOf(saved);

        first.setActive(false);
        agencies.save(first);
        second.setType(AgencyType.OTHER);

        assertThatThrownBy(() -> agencies.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        Agency stored = agencies.findAll().stream().filter(a -> a.getId().equals(saved.getId())).findFirst().orElseThrow();
        assertThat(stored.isActive()).isFalse();
        assertThat(stored.getType()).isEqualTo(AgencyType.PROBATION);
    }

    /** Two members editing the same record each hold their own copy, as two browser sessions do. */
    private Agency copyOf(Agency agency) {
        return agencies.findAll().stream().filter(a -> a.getId().equals(agency.getId())).findFirst().orElseThrow();
    }

    @Test
    void aFirstLoginCreatesAPendingMemberWithNoRoles() {
        String subject = UUID.randomUUID().toString();
        Member member = members.recordLogin(demo.issuer(), subject, "Jo Bloggs", "jo@example.org");

        assertThat(member.getStatus()).isEqualTo(MemberStatus.PENDING);
        assertThat(member.getRoles()).isEmpty();
        signIn.asIdentity(demo.issuer(), subject, "Jo Bloggs");
        assertThat(PortalUser.require().getRoles()).isEmpty();
        assertThatThrownBy(() -> agencies.findActive()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void grantingAccessNeedsAnAgencyAndARole() {
        Member pending = members.recordLogin(demo.issuer(), UUID.randomUUID().toString(), "Ali Khan", null);
        signIn.as(demo.get("admin"));
        pending.setStatus(MemberStatus.ACTIVE);

        assertThatThrownBy(() -> members.save(pending))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("agency"));
        pending.setAgency(agencies.findActive().getFirst());
        assertThatThrownBy(() -> members.save(pending))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("roles"));
        pending.setRoles(EnumSet.of(Role.PRACTITIONER));

        assertThat(members.save(pending).getStatus()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void rolesAndDeactivationTakeEffectAtTheNextRequest() {
        String subject = UUID.randomUUID().toString();
        Member member = members.recordLogin(demo.issuer(), subject, "Bea Lowe", null);
        signIn.as(demo.get("admin"));
        member.setAgency(agencies.findActive().getFirst());
        member.setRoles(EnumSet.of(Role.ADMIN));
        member.setStatus(MemberStatus.ACTIVE);
        Member granted = members.save(member);

        signIn.asIdentity(demo.issuer(), subject, "Bea Lowe");
        assertThat(members.findAll()).isNotEmpty();

        signIn.as(demo.get("admin"));
        granted.setStatus(MemberStatus.DEACTIVATED);
        members.save(granted);

        signIn.asIdentity(demo.issuer(), subject, "Bea Lowe"); // the next request rebuilds the login
        assertThat(PortalUser.require().getRoles()).isEmpty();
        assertThatThrownBy(() -> members.findAll()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminCannotEndTheirOwnAdministration() {
        Member admin = demo.get("admin");
        signIn.as(admin);
        admin.setRoles(EnumSet.of(Role.CHAIR));

        assertThatThrownBy(() -> members.save(admin))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.self.adminRequired"));
    }

    @Test
    void anAreaNeedsAChairWithTheChairRoleAndUniqueLocalStrands() {
        signIn.as(demo.get("admin"));
        MaracArea area = new MaracArea(unique("Area"));
        area.setChair(demo.get("police"));
        assertThatThrownBy(() -> areas.save(area))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("chair"));

        area.setChair(demo.get("chair"));
        area.setLocalStrands(List.of("Age", " age "));
        assertThatThrownBy(() -> areas.save(area))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("localStrands"));

        area.setLocalStrands(List.of("Age", "Alternative subculture"));
        MaracArea saved = areas.save(area);
        assertThat(saved.getCadenceWeeks()).isEqualTo(MaracArea.DEFAULT_CADENCE_WEEKS);
        assertThat(saved.getLocalStrands()).containsExactly("Age", "Alternative subculture");
    }

    @Test
    void aChairReadsOnlyTheAreasTheyChair() {
        Member chair = demo.get("chair");
        signIn.as(chair);
        assertThat(areas.areasChairedBy(chair.getId())).extracting(MaracArea::getName).contains("Northshire North");
        assertThatThrownBy(() -> areas.areasChairedBy(demo.get("chair2").getId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
