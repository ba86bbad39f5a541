package org.marac.portal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.MemberStatus;
import org.marac.portal.partner.Role;
import org.marac.portal.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** An ADMIN grants a new identity access from the home page; the identity then has a home of its own. */
class MemberAdminViewTest extends KaribuTest {

    @Autowired
    MemberService members;
    @Autowired
    AgencyService agencies;

    @Test
    void anAdminGrantsAccessToAnIdentityWaitingOnTheHomePage() {
        String subject = "new-" + UUID.randomUUID();
        Member pending = members.recordLogin(demo.issuer(), subject, "Nia Roberts", "nia@example.org");

        openAs("admin");
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Grid<Member> waiting = _get(Grid.class);
        int row = GridKt._findAll(waiting).indexOf(pending);
        Button grant = (Button) GridKt._getCellComponent(waiting, row, "grant");
        assertThat(grant.getAriaLabel()).contains("Grant access to Nia Roberts");
        _click(grant);

        assertThat(_get(H1.class).getText()).isEqualTo("Members");
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Access for Nia Roberts");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Agency")).getErrorMessage())
                .isEqualTo("Choose the member's agency before granting access");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withLabel("Roles"));
        assertThat(roles.getErrorMessage()).isEqualTo("Choose at least one role before granting access");

        Agency housing = agencies.findActive().stream().filter(a -> a.getName().equals("Northshire Homes")).findFirst().orElseThrow();
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Agency")), housing);
        _setValue(roles, Set.of(Role.PRACTITIONER));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_find(Dialog.class)).isEmpty();
        Member granted = members.findByIdentity(demo.issuer(), subject).orElseThrow();
        assertThat(granted.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(granted.getAgency()).isEqualTo(housing);
        assertThat(granted.getRoles()).containsExactly(Role.PRACTITIONER);
        assertThat(pending.getId()).isEqualTo(granted.getId());

        // The new member's next request sees their own home.
        closeAndOpenAs(granted);
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Nia Roberts");
    }

    @Test
    void aDeactivatedMemberIsToldTheirAccessEnded() {
        Member member = members.recordLogin(demo.issuer(), "gone-" + UUID.randomUUID(), "Owen Price", null);
        signIn.as(demo.get("admin"));
        member.setAgency(agencies.findActive().getFirst());
        member.setRoles(Set.of(Role.PRACTITIONER));
        member.setStatus(MemberStatus.DEACTIVATED);
        members.save(member);

        openAs(member);
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Access ended");
    }

    private void closeAndOpenAs(Member member) {
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        openAs(member);
    }
}
