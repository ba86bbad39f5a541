package org.marac.portal.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.marac.portal.partner.Member;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Views in a mocked Vaadin UI inside the real Spring context: real services, real database, and Vaadin's
 * own access control deciding which views a member may open.
 */
@PortalTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected SignIn signIn;
    @Autowired
    protected DemoMembers demo;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.marac.portal");
        }
    }

    /** Signs the member in and opens a fresh browser tab (UI) for them. */
    protected void openAs(Member member) {
        signIn.as(member);
        openUi();
    }

    protected void openAs(String demoUsername) {
        openAs(demo.get(demoUsername));
    }

    /** Opens a UI for whoever is signed in now; the request carries that login as Vaadin expects. */
    protected void openUi() {
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null) {
                request.setUserPrincipalInt(authentication);
                request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                        .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role)));
            }
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
        signIn.out();
    }
}
