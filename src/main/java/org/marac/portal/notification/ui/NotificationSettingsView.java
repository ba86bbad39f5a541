package org.marac.portal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.notification.EmailMode;
import org.marac.portal.notification.EmailSettings;
import org.marac.portal.notification.NotificationService;
import org.marac.portal.partner.MemberService;
import org.marac.portal.partner.PortalUser;
import org.springframework.dao.OptimisticLockingFailureException;

/** Any member: immediate emails or a daily digest. In-app notices are always shown. */
@Route("settings/notifications")
@RolesAllowed(PortalUser.ACTIVE_MEMBER)
@Menu(order = 99, title = "nav.notificationSettings")
public class NotificationSettingsView extends Main implements HasDynamicTitle {

    private final transient NotificationService notifications;
    private final RadioButtonGroup<EmailMode> mode = new RadioButtonGroup<>();
    private final Binder<Choice> binder = new Binder<>();
    private final Paragraph staleWarning = new Paragraph();
    private final Button save = new Button();
    private Choice choice;

    NotificationSettingsView(NotificationService notifications, MemberService members,
            org.springframework.beans.factory.ObjectProvider<NotificationSettingsSection> sections) {
        this.notifications = notifications;
        addClassName("admin-view");
        addClassName("settings-view");
        add(new H1(getTranslation("nav.notificationSettings")));
        add(new Paragraph(getTranslation("notification.settings.intro")));
        String address = members.findActive(PortalUser.require().getMemberId()).getEmail();
        add(new Paragraph(address == null || address.isBlank() ? getTranslation("notification.settings.noAddress")
                : getTranslation("notification.settings.address", address)));

        staleWarning.addClassName("stale-warning");
        staleWarning.getElement().setAttribute("role", "alert");
        staleWarning.setText(getTranslation("error.stale"));
        staleWarning.setVisible(false);

        mode.setLabel(getTranslation("notification.settings.mode"));
        mode.setItems(EmailMode.values());
        mode.setItemLabelGenerator(value -> Labels.of("notification.mode", value));
        mode.setId("email-mode");
        binder.forField(mode).asRequired(getTranslation("validation.required")).bind(Choice::getMode, Choice::setMode);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(staleWarning, mode, save);

        EmailSettings settings = notifications.myEmailSettings();
        choice = new Choice(settings.mode(), settings.version());
        binder.readBean(choice);

        PortalUser user = PortalUser.require();
        sections.orderedStream().filter(section -> section.appliesTo(user)).forEach(section -> add(section.create()));
    }

    private void save() {
        if (!binder.writeBeanIfValid(choice)) {
            return;
        }
        try {
            EmailSettings saved = notifications.saveMyEmailMode(choice.getMode(), choice.version);
            choice = new Choice(saved.mode(), saved.version());
            staleWarning.setVisible(false);
            Notices.success(getTranslation("notification.settings.saved"));
        } catch (OptimisticLockingFailureException stale) {
            // What the member chose stays selected; reloading the page shows the choice saved elsewhere.
            staleWarning.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notificationSettings");
    }

    /** The form's copy of the choice, with the version it was loaded at. */
    static final class Choice {
        private EmailMode mode;
        private final long version;

        Choice(EmailMode mode, long version) {
            this.mode = mode;
            this.version = version;
        }

        EmailMode getMode() {
            return mode;
        }

        void setMode(EmailMode mode) {
            this.mode = mode;
        }
    }
}
