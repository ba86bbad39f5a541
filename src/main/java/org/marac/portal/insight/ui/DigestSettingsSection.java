package org.marac.portal.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.insight.DigestSetting;
import org.marac.portal.insight.InsightDigestSettings;
import org.marac.portal.notification.ui.NotificationSettingsSection;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.partner.Role;
import org.springframework.dao.OptimisticLockingFailureException;

/** The daily insight summary's setting, on the notification settings page of members who work on cases. */
@org.springframework.stereotype.Component
class DigestSettingsSection implements NotificationSettingsSection {

    private final InsightDigestSettings settings;

    DigestSettingsSection(InsightDigestSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean appliesTo(PortalUser user) {
        return user.hasRole(Role.CHAIR) || user.hasRole(Role.PRACTITIONER) || user.hasRole(Role.SUPERVISOR)
                || user.hasRole(Role.AGENCY_LEAD);
    }

    @Override
    public Component create() {
        return new DigestSettingsForm(settings);
    }

    /** The checkbox and its save button; a choice saved elsewhere meanwhile is reported, and what was ticked stays. */
    static final class DigestSettingsForm extends Section {

        private final InsightDigestSettings settings;
        private final Checkbox subscribed = new Checkbox();
        private final Paragraph stale = new Paragraph();
        private long version;

        DigestSettingsForm(InsightDigestSettings settings) {
            this.settings = settings;
            addClassName("digest-settings");
            H2 heading = new H2(getTranslation("insight.digest.settings.heading"));
            heading.setId("insight-digest-heading");
            getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            subscribed.setLabel(getTranslation("insight.digest.settings.checkbox"));
            subscribed.setId("insight-digest");
            stale.addClassName("stale-warning");
            stale.getElement().setAttribute("role", "alert");
            stale.setText(getTranslation("error.stale"));
            stale.setVisible(false);
            Button save = new Button(getTranslation("insight.digest.settings.save"), click -> save());
            save.setId("insight-digest-save");
            DigestSetting current = settings.mySetting();
            subscribed.setValue(current.subscribed());
            version = current.version();
            add(heading, new Paragraph(getTranslation("insight.digest.settings.intro")), stale, subscribed, save);
        }

        private void save() {
            try {
                DigestSetting saved = settings.saveMySetting(subscribed.getValue(), version);
                version = saved.version();
                stale.setVisible(false);
                Notices.success(getTranslation("insight.digest.settings.saved"));
            } catch (OptimisticLockingFailureException savedElsewhere) {
                stale.setVisible(true);
            }
        }
    }
}
