package org.marac.portal.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.notification.MemberNotice;
import org.marac.portal.notification.NotificationService;
import org.marac.portal.notification.internal.NoticeTexts;

/**
 * The bell in the header: the member's unread count (also in the button's accessible name) and, on
 * click, their notices newest first. Following a notice marks it read; "mark all read" clears the count.
 */
public class NotificationBell extends Div {

    private final transient NotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Popover popover = new Popover();
    private final Div content = new Div();

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("notification-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.addClassName("notification-count");
        // The button's accessible name says the count; the visible number is for the eye only.
        count.getElement().setAttribute("aria-hidden", "true");
        bell.setSuffixComponent(count);
        bell.getElement().setAttribute("aria-haspopup", "dialog");
        bell.addClickListener(click -> toggle());

        popover.setTarget(bell);
        popover.setOpenOnClick(false);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("notification.list.title"));
        popover.setAutofocus(true);
        popover.setWidth("min(28rem, 95vw)");
        content.addClassName("notification-panel");
        popover.add(content);
        add(bell);
        refreshCount();
    }

    /** Re-reads the unread count, for example after navigating. */
    public void refreshCount() {
        long unread = notifications.myUnreadCount();
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? getTranslation("notification.bell.none")
                : getTranslation("notification.bell.unread", unread));
    }

    private void toggle() {
        if (popover.isOpened()) {
            popover.close();
        } else {
            showList();
            popover.open();
        }
    }

    private void showList() {
        content.removeAll();
        H2 title = new H2(getTranslation("notification.list.title"));
        Button markAll = new Button(getTranslation("notification.list.markAllRead"), click -> {
            notifications.markAllRead();
            refreshCount();
            showList();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.setId("notifications-mark-all-read");
        Div header = new Div(title, markAll);
        header.addClassName("notification-panel-header");
        content.add(header);

        List<MemberNotice> mine = notifications.myNotices();
        markAll.setEnabled(mine.stream().anyMatch(notice -> !notice.isRead()));
        if (mine.isEmpty()) {
            content.add(new Paragraph(getTranslation("notification.list.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("notification-list");
            mine.forEach(notice -> list.add(new ListItem(item(notice))));
            content.add(list);
        }
        RouterLink settings = new RouterLink(getTranslation("notification.list.settings"), NotificationSettingsView.class);
        settings.addClassName("notification-settings-link");
        settings.getElement().addEventListener("click", click -> popover.close());
        content.add(settings);
    }

    private Anchor item(MemberNotice notice) {
        Span title = new Span(getTranslation(notice.getKind().titleKey(),
                NoticeTexts.titleArguments(notice.getCaseReference(), notice.getArguments())));
        title.addClassName("notification-title");
        String when = DateFormats.dateTime(notice.getCreatedAt());
        Span meta = new Span(notice.getCaseReference() == null ? when : notice.getCaseReference() + " · " + when);
        meta.addClassName("notification-meta");
        Anchor link = new Anchor(notice.getLink(), title, meta);
        link.addClassName("notification-item");
        if (!notice.isRead()) {
            link.addClassName("unread");
            Span unread = new Span(getTranslation("notification.list.unread"));
            unread.addClassName("notification-unread");
            link.addComponentAsFirst(unread);
        }
        // Marks the notice read on the way; the address stays a real link to copy or open from the context menu.
        link.getElement().addEventListener("click", click -> open(notice)).preventDefault();
        return link;
    }

    private void open(MemberNotice notice) {
        notifications.markRead(notice.getId());
        popover.close();
        refreshCount();
        UI.getCurrent().navigate(notice.getLink());
    }
}
