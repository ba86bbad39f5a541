package org.marac.portal.security.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.EditDialog;
import org.marac.portal.base.ui.Grids;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.MemberStatus;
import org.marac.portal.partner.Role;

/** ADMIN: who may use the portal, for which agency, in which roles; new identities wait here for access. */
@Route("admin/members")
@RolesAllowed("ADMIN")
@Menu(order = 90, title = "nav.members")
public class MemberAdminView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final MemberService members;
    private final AgencyService agencies;
    private final Grid<Member> grid = new Grid<>();
    private final Tab pendingTab = new Tab();
    private final Tab allTab = new Tab();
    private final Tabs tabs = new Tabs();

    MemberAdminView(MemberService members, AgencyService agencies) {
        this.members = members;
        this.agencies = agencies;
        addClassName("admin-view");
        pendingTab.setLabel(getTranslation("members.tab.pending"));
        allTab.setLabel(getTranslation("members.tab.all"));
        tabs.add(pendingTab, allTab);
        tabs.addSelectedChangeListener(change -> refresh());

        grid.addColumn(Member::getDisplayName).setHeader(getTranslation("member.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(Member::getEmail).setHeader(getTranslation("member.email")).setFlexGrow(2);
        grid.addColumn(member -> member.getAgency() == null ? "" : member.getAgency().getName())
                .setHeader(getTranslation("member.agency")).setFlexGrow(2);
        grid.addColumn(member -> member.getRoles().stream().sorted().map(role -> Labels.of("role", role))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("member.roles")).setFlexGrow(3);
        grid.addColumn(member -> Labels.of("member.status", member.getStatus())).setHeader(getTranslation("member.status"));
        grid.addColumn(member -> DateFormats.dateTime(member.getLastLoginAt())).setHeader(getTranslation("member.lastLogin"));
        Grids.editable(grid, Member::getDisplayName, this::edit);
        grid.setAriaLabel(getTranslation("nav.members"));
        grid.setSizeFull();

        add(new H1(getTranslation("nav.members")), tabs, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(MemberNavigation.MEMBER_PARAMETER)
                .flatMap(id -> members.findAll().stream().filter(m -> String.valueOf(m.getId()).equals(id)).findFirst())
                .ifPresent(this::edit);
    }

    private void refresh() {
        List<Member> shown = tabs.getSelectedTab() == allTab ? members.findAll() : members.awaitingAccess();
        grid.setItems(shown);
    }

    void edit(Member member) {
        Binder<Member> binder = new Binder<>(Member.class);
        EditDialog<Member> dialog = new EditDialog<>(getTranslation("members.edit", member.getDisplayName()),
                binder, member, members::save, saved -> {
                    Notices.success(getTranslation("members.saved", saved.getDisplayName()));
                    refresh();
                });

        TextField name = dialog.field("displayName", new TextField(getTranslation("member.name")));
        name.setReadOnly(true);
        binder.forField(name).bindReadOnly(Member::getDisplayName);

        RadioButtonGroup<MemberStatus> status = new RadioButtonGroup<>(getTranslation("member.status"));
        status.setItems(MemberStatus.values());
        status.setItemLabelGenerator(value -> Labels.of("member.status", value));

        // Granting access needs an agency and a role: said beside the field before the service is asked.
        ComboBox<Agency> agency = dialog.field("agency", new ComboBox<>(getTranslation("member.agency")));
        agency.setItems(agencies.findActive());
        agency.setItemLabelGenerator(Agency::getName);
        binder.forField(agency)
                .withValidator(value -> status.getValue() != MemberStatus.ACTIVE || value != null,
                        getTranslation("member.agency.required"))
                .bind(Member::getAgency, Member::setAgency);

        dialog.field("status", status);
        binder.forField(status).asRequired(getTranslation("validation.required")).bind(Member::getStatus, Member::setStatus);

        CheckboxGroup<Role> roles = dialog.field("roles", new CheckboxGroup<>(getTranslation("member.roles")));
        roles.setItems(Arrays.asList(Role.values()));
        roles.setItemLabelGenerator(role -> Labels.of("role", role));
        binder.forField(roles)
                .withValidator(value -> status.getValue() != MemberStatus.ACTIVE || !value.isEmpty(),
                        getTranslation("member.roles.required"))
                .bind(Member::getRoles, Member::setRoles);
        dialog.open();
        if (member.getStatus() == MemberStatus.PENDING) {
            status.setValue(MemberStatus.ACTIVE); // the usual reason to open a pending identity is to grant access
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.members");
    }
}
