package org.marac.portal.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.notification.MemberNotice;
import org.marac.portal.notification.Notice;
import org.marac.portal.notification.NotificationKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of notices and emails, from the portal's message bundle. Emails hold a notice's title (a kind,
 * a case reference, dates), an absolute link and fixed text: nothing else reaches them.
 */
@Component
public class NoticeTexts {

    /** Emails are written in the bundle's language for UK readers. */
    static final Locale LOCALE = Locale.UK;

    private static final String SETTINGS_ROUTE = "settings/notifications";

    private final MessageSource messages;
    private final String baseUrl;

    NoticeTexts(MessageSource messages, @Value("${portal.notifications.base-url}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A title's message arguments: {@code {0}} the case reference, then the notice's arguments as UK text. */
    public static Object[] titleArguments(String caseReference, List<Object> arguments) {
        List<Object> words = new ArrayList<>();
        words.add(caseReference == null ? "" : caseReference);
        for (Object argument : arguments) {
            words.add(switch (argument) {
                case LocalDate date -> DateFormats.date(date);
                case Instant instant -> DateFormats.dateTime(instant);
                default -> String.valueOf(argument);
            });
        }
        return words.toArray();
    }

    public String title(NotificationKind kind, String caseReference, List<Object> arguments) {
        return text(kind.titleKey(), titleArguments(caseReference, arguments));
    }

    /** A route inside the portal as an address to open from an email. */
    public String absolute(String route) {
        return baseUrl + "/" + route;
    }

    OutboxEmail immediateEmail(Long memberId, Notice notice, Instant now) {
        String title = title(notice.kind(), notice.caseReference(), notice.arguments());
        String link = absolute(notice.link());
        StringBuilder body = new StringBuilder(title).append("\n\n");
        if (notice.caseReference() != null) {
            body.append(text("notification.email.case", notice.caseReference())).append('\n');
        }
        body.append(text("notification.email.open", link)).append("\n\n")
                .append(text("notification.email.privacy")).append('\n')
                .append(text("notification.email.immediateSettings", absolute(SETTINGS_ROUTE))).append('\n');
        return new OutboxEmail(memberId, text("notification.email.subject", title), body.toString(), link, now);
    }

    OutboxEmail digestEmail(Long memberId, List<MemberNotice> notices, Instant now) {
        StringBuilder body = new StringBuilder(text("notification.digest.intro")).append("\n\n");
        for (MemberNotice notice : notices) {
            String title = title(notice.getKind(), notice.getCaseReference(), notice.getArguments());
            body.append("- ").append(title);
            if (notice.getCaseReference() != null && !title.contains(notice.getCaseReference())) {
                body.append(" (").append(notice.getCaseReference()).append(')');
            }
            body.append("\n  ").append(absolute(notice.getLink())).append('\n');
        }
        body.append('\n').append(text("notification.email.privacy")).append('\n')
                .append(text("notification.email.digestSettings", absolute(SETTINGS_ROUTE))).append('\n');
        String subject = text("notification.digest.subject", DateFormats.date(LocalDate.ofInstant(now, DateFormats.UK)),
                notices.size());
        return new OutboxEmail(memberId, subject, body.toString(), absolute(""), now);
    }

    OutboxEmail summaryEmail(Long memberId, org.marac.portal.notification.SummaryEmail email, Instant now) {
        String link = absolute(email.link());
        StringBuilder body = new StringBuilder();
        for (org.marac.portal.notification.SummaryEmail.Line line : email.lines()) {
            body.append(text(line.key(), words(line.arguments()))).append('\n');
            if (!line.caseReferences().isEmpty()) {
                body.append("  ").append(String.join(", ", line.caseReferences())).append('\n');
            }
        }
        body.append('\n').append(text("notification.email.open", link)).append("\n\n")
                .append(text("notification.email.privacy")).append('\n')
                .append(text("notification.email.summarySettings", absolute(SETTINGS_ROUTE))).append('\n');
        String subject = text("notification.email.subject", text(email.subjectKey(), words(email.subjectArguments())));
        return new OutboxEmail(memberId, subject, body.toString(), link, now);
    }

    /** Arguments as UK text: dates and times as the portal writes them, counts as numbers. */
    private static Object[] words(List<Object> arguments) {
        return arguments.stream().map(argument -> switch (argument) {
            case LocalDate date -> (Object) DateFormats.date(date);
            case Instant instant -> DateFormats.dateTime(instant);
            default -> argument;
        }).toArray();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LOCALE);
    }
}
