package org.marac.portal.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.Role;
import org.marac.portal.support.KaribuTest;
import org.marac.portal.support.NewMembers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The bell in the header and the settings page, as a member uses them. */
class NotificationViewsTest extends KaribuTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    NewMembers newMembers;
    @Autowired
    TransactionTemplate transaction;

    private Member memberWithTwoNotices() {
        Member member = newMembers.create("Bell Reader", demo.get("police").getAgency(), Role.PRACTITIONER);
        transaction.executeWithoutResult(status -> {
            notifications.send(Notice.of(NotificationKind.NOMINATION_ACCEPTED).caseReference("HC-2096-0001")
                    .link("settings/notifications").to(Recipient.member(member.getId())).build());
            notifications.send(Notice.of(NotificationKind.ACTION_ASSIGNED).caseReference("HC-2096-0002")
                    .link("settings/notifications").arguments(LocalDate.of(2027, 2, 1))
                    .to(Recipient.member(member.getId())).build());
        });
        return member;
    }

    private static Button bell() {
        return _get(Button.class, spec -> spec.withId("notification-bell"));
    }

    private static List<Anchor> listedNotices() {
        return _find(Anchor.class, spec -> spec.withClasses("notification-item"));
    }

    @Test
    void theBellShowsTheUnreadCountAndTheMembersNoticesNewestFirst() {
        openAs(memberWithTwoNotices());
        UI.getCurrent().navigate("");

        assertThat(bell().getAriaLabel()).hasValue("Notifications, 2 unread");
        assertThat(_get(Span.class, spec -> spec.withClasses("notification-count")).getText()).isEqualTo("2");
        assertThat(_get(Popover.class).isOpened()).isFalse();

        _click(bell());

        assertThat(_get(Popover.class).isOpened()).isTrue();
        List<Anchor> items = listedNotices();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).getElement().getTextRecursively())
                .contains("An action on HC-2096-0002 is assigned to your agency, due 1 Feb 2027", "Unread");
        assertThat(items.get(1).getElement().getTextRecursively())
                .contains("Your nomination HC-2096-0001 was accepted for MARAC", "HC-2096-0001 · ");
        assertThat(items.get(0).getHref()).isEqualTo("settings/notifications");
    }

    @Test
    void followingANoticeMarksItReadAndOpensItsPage() {
        openAs(memberWithTwoNotices());
        UI.getCurrent().navigate("");
        _click(bell());

        BasicUtilsKt._fireDomEvent(listedNotices().get(1), "click");

        assertThat(_get(H1.class).getText()).isEqualTo("Notification settings");
        assertThat(bell().getAriaLabel()).hasValue("Notifications, 1 unread");
        assertThat(_get(Popover.class).isOpened()).isFalse();
        _click(bell());
        assertThat(listedNotices().get(1).hasClassName("unread")).isFalse();
        assertThat(listedNotices().get(0).hasClassName("unread")).isTrue();

        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all-read")));

        assertThat(bell().getAriaLabel()).hasValue("Notifications, none unread");
        assertThat(_find(Span.class, spec -> spec.withClasses("notification-count"))).as("no visible count").isEmpty();
        assertThat(listedNotices()).noneMatch(item -> item.hasClassName("unread"));
        assertThat(notifications.myUnreadCount()).isZero();
    }

    @Test
    void aMemberWithNoNoticesSeesThatPlainly() {
        openAs(newMembers.create("Quiet Reader", demo.get("police").getAgency(), Role.PRACTITIONER));
        UI.getCurrent().navigate("");

        assertThat(bell().getAriaLabel()).hasValue("Notifications, none unread");
        _click(bell());
        assertThat(listedNotices()).isEmpty();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("No notifications yet.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSettingsPageSavesTheEmailChoice() {
        Member member = newMembers.create("Settings Reader", demo.get("police").getAgency(), Role.PRACTITIONER);
        openAs(member);
        UI.getCurrent().navigate("settings/notifications");

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Emails go to " + member.getEmail() + ", the address your sign-in account gives.");
        RadioButtonGroup<EmailMode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("email-mode"));
        assertThat(mode.getLabel()).isEqualTo("How do you want notification emails?");
        assertThat(mode.getValue()).isEqualTo(EmailMode.IMMEDIATE);

        _setValue(mode, EmailMode.DAILY_DIGEST);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(notifications.myEmailSettings().mode()).isEqualTo(EmailMode.DAILY_DIGEST);
        _setValue(mode, EmailMode.IMMEDIATE);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(notifications.myEmailSettings().mode()).isEqualTo(EmailMode.IMMEDIATE);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("stale-warning"))).as("no visible warning").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStaleSaveSaysSomeoneElseChangedItAndKeepsTheChoice() {
        Member member = newMembers.create("Two Tabs", demo.get("police").getAgency(), Role.PRACTITIONER);
        openAs(member);
        UI.getCurrent().navigate("settings/notifications");
        // Another tab saves first.
        notifications.saveMyEmailMode(EmailMode.IMMEDIATE, notifications.myEmailSettings().version());

        RadioButtonGroup<EmailMode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("email-mode"));
        _setValue(mode, EmailMode.DAILY_DIGEST);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        Paragraph warning = _get(Paragraph.class, spec -> spec.withClasses("stale-warning"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).isEqualTo(UI.getCurrent().getTranslation("error.stale"));
        assertThat(mode.getValue()).isEqualTo(EmailMode.DAILY_DIGEST);
        assertThat(notifications.myEmailSettings().mode()).isEqualTo(EmailMode.IMMEDIATE);
    }
}
