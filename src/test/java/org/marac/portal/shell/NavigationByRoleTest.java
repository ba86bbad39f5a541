package org.marac.portal.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marac.portal.support.KaribuTest;

/** What each role sees in the side navigation, and where an identity without access ends up. */
class NavigationByRoleTest extends KaribuTest {

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = ';', value = {
            "admin;Home,Members,Agencies,MARAC areas,Scrutiny panels,Notification settings",
            "chair;Home,Cases,MARAC meetings,Nominations to review,Action tracker,Area dashboard,Partnership overview,Quarterly return,Retention reviews,Scrutiny summaries,Notification settings",
            "police;Home,Cases,MARAC meetings,My agency's actions,Notification settings",
            "housing-sup;Home,Cases,MARAC meetings,My agency's actions,Risk assessments to endorse,Notification settings",
            "police-lead;Home,Cases,MARAC meetings,My agency's actions,Risk assessments to endorse,Agency dashboard,Partnership overview,Quarterly return,Scrutiny recommendations,Notification settings",
            "scrutiny-chair;Home,Scrutiny reviews,Notification settings",
            "scrutiny;Home,Scrutiny reviews,Notification settings",
            "dpo;Home,Processing log,Subject access,Retention reviews,Scrutiny summaries,Notification settings",
    })
    void sideNavigationShowsOnlyWhatTheRolesAllow(String username, String expectedItems) {
        openAs(username);
        UI.getCurrent().navigate("");

        List<String> items = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(items).containsExactly(expectedItems.split(","));
        assertThat(_get(H1.class, spec -> spec.withText("Welcome, " + demo.get(username).getDisplayName())))
                .isNotNull();
    }

    @Test
    void aChairCannotOpenAnAdminViewByItsAddress() {
        openAs("chair");
        UI.getCurrent().navigate("admin/agencies");

        assertThat(_get(H1.class).getText()).isEqualTo("You don't have access to this page");
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class)).isEmpty();
    }

    @Test
    void anIdentityWithoutAccessSeesOnlyTheAccessRequestedPage() {
        signIn.asIdentity(demo.issuer(), "someone-new", "Someone New");
        openUi();
        UI.getCurrent().navigate("");

        assertThat(_get(H1.class).getText()).isEqualTo("Access requested");
        assertThat(_find(SideNavItem.class)).isEmpty();

        UI.getCurrent().navigate("admin/members");
        assertThat(_get(H1.class).getText()).isEqualTo("Access requested");
    }
}
