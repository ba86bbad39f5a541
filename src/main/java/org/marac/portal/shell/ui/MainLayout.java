package org.marac.portal.shell.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.marac.portal.notification.NotificationService;
import org.marac.portal.notification.ui.NotificationBell;
import org.marac.portal.partner.PortalUser;

/**
 * The frame around every view: the side navigation lists only what the member's roles allow (Vaadin
 * filters the menu by each view's access annotation); the header names the member and their agency.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private NotificationBell bell;

    MainLayout(AuthenticationContext authentication, NotificationService notifications) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        // One h1 per page belongs to the view; the portal's name is a plain title.
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        addToNavbar(toggle, title);
        if (hasAccess()) {
            bell = new NotificationBell(notifications);
            addToNavbar(bell);
        }
        addToNavbar(memberBadge());

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(nav);
    }

    private HorizontalLayout memberBadge() {
        PortalUser user = PortalUser.current().orElse(null);
        Div who = new Div();
        who.addClassName("member-badge");
        if (user != null) {
            Span name = new Span(user.getDisplayName());
            name.addClassName("member-name");
            who.add(name);
            if (user.getAgencyName() != null) {
                Span agency = new Span(user.getAgencyName());
                agency.addClassName("member-agency");
                who.add(agency);
            }
        }
        Button logout = new Button(getTranslation("action.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout header = new HorizontalLayout(who, logout);
        header.addClassName("member-header");
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return header;
    }

    /** A signed-in identity without portal access sees the access page and nothing else. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!hasAccess()) {
            event.rerouteTo(AccessRequestedView.class);
        }
    }

    /** The unread count follows the member around: notices may have arrived since the last page. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (bell != null && hasAccess()) {
            bell.refreshCount();
        }
    }

    private static boolean hasAccess() {
        return PortalUser.current().map(user -> !user.getRoles().isEmpty()).orElse(false);
    }
}
