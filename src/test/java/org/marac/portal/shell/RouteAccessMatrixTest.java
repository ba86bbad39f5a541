package org.marac.portal.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marac.portal.support.KaribuTest;

/** Every role against every route: a route is either the member's, or it says plainly it is not. */
class RouteAccessMatrixTest extends KaribuTest {

    private static final List<String> ROUTES = List.of("", "admin/members", "admin/agencies", "admin/areas", "cases",
            "nominations", "chair/queue", "endorsements", "dpo/log", "dpo/subject-access", "retention", "settings/notifications",
            "actions", "chair/actions", "scrutiny", "scrutiny/panels", "scrutiny/meetings/0", "scrutiny/cases/0",
            "scrutiny/summaries", "scrutiny/summaries/0", "scrutiny/recommendations", "meetings",
            "insight/area", "insight/agency", "insight/partnership", "insight/quarterly-return");

    private static final Set<String> INSIGHT_FOR_LEADS = Set.of("insight/agency", "insight/partnership",
            "insight/quarterly-return");

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "admin", Set.of("", "admin/members", "admin/agencies", "admin/areas", "settings/notifications", "scrutiny/panels"),
            "chair", Set.of("", "cases", "chair/queue", "retention", "settings/notifications", "chair/actions",
                    "scrutiny/summaries", "scrutiny/summaries/0", "meetings", "insight/area", "insight/partnership",
                    "insight/quarterly-return"),
            "police", Set.of("", "cases", "nominations", "settings/notifications", "actions", "meetings"),
            "housing-sup", Set.of("", "cases", "endorsements", "settings/notifications", "actions", "meetings"),
            "police-lead", union(Set.of("", "cases", "endorsements", "settings/notifications", "actions",
                    "scrutiny/recommendations", "meetings"), INSIGHT_FOR_LEADS),
            "victim-support", union(Set.of("", "cases", "nominations", "settings/notifications", "actions",
                    "scrutiny/recommendations", "meetings"), INSIGHT_FOR_LEADS),
            "scrutiny-chair", Set.of("", "settings/notifications", "scrutiny", "scrutiny/meetings/0", "scrutiny/cases/0"),
            "scrutiny", Set.of("", "settings/notifications", "scrutiny", "scrutiny/meetings/0", "scrutiny/cases/0"),
            "dpo", Set.of("", "dpo/log", "dpo/subject-access", "retention", "settings/notifications", "scrutiny/summaries",
                    "scrutiny/summaries/0"));

    private static Set<String> union(Set<String> some, Set<String> more) {
        Set<String> all = new java.util.HashSet<>(some);
        all.addAll(more);
        return Set.copyOf(all);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "chair", "police", "housing-sup", "police-lead", "victim-support",
            "scrutiny-chair", "scrutiny", "dpo"})
    void eachRoleOpensExactlyItsOwnRoutes(String username) {
        openAs(username);
        for (String route : ROUTES) {
            UI.getCurrent().navigate(route);
            List<String> headings = _find(H1.class).stream().map(H1::getText).toList();
            boolean denied = headings.contains("You don't have access to this page");
            assertThat(denied).as("%s opening /%s (saw %s)", username, route, headings)
                    .isEqualTo(!ALLOWED.get(username).contains(route));
        }
    }
}
