package org.marac.portal.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a notice is about. Each kind has a title in the message bundle ({@code notification.title.KIND}, where
 * {@code {0}} is the case reference and {@code {1}}... the notice's arguments), and says whether it needs a
 * case reference and how many arguments it takes. A new kind needs only a constant here and its title in
 * the bundle.
 */
public enum NotificationKind {

    /** To the area's chair. Case reference; no arguments. */
    NOMINATION_SUBMITTED(true, 0),
    /** To the nominating member. Case reference; no arguments. */
    NOMINATION_ACCEPTED(true, 0),
    /** To the nominating member. Case reference; no arguments. */
    NOMINATION_DECLINED(true, 0),
    /**
     * To the supervisors of the assessing agency. The case reference if the nomination has been submitted
     * (an assessment is often sent while the nomination is still a draft, which has none); no arguments.
     */
    RISK_ASSESSMENT_AWAITING_ENDORSEMENT(false, 0),
    /**
     * To the attendees (members and/or agencies). Case reference optional; argument: the meeting's date
     * ({@link LocalDate}) or start ({@link Instant}).
     */
    AGENDA_PUBLISHED(false, 1),
    /** To the attendees. Argument: the meeting's new date or start. */
    MEETING_MOVED(false, 1),
    /** To the attendees. Argument: the date or start of the meeting that will not take place. */
    MEETING_CANCELLED(false, 1),
    /** To the owner agency. Case reference; argument: the due date. */
    ACTION_ASSIGNED(true, 1),
    /** To the owner agency and the area's chair, three days before. Case reference; argument: the due date. */
    ACTION_DUE_SOON(true, 1),
    /** To the owner agency and the area's chair. Case reference; argument: the due date that has passed. */
    ACTION_OVERDUE(true, 1);

    private final boolean aboutOneCase;
    private final int argumentCount;

    NotificationKind(boolean aboutOneCase, int argumentCount) {
        this.aboutOneCase = aboutOneCase;
        this.argumentCount = argumentCount;
    }

    /** Whether a notice of this kind must name its case by reference (meeting notices need not). */
    public boolean aboutOneCase() {
        return aboutOneCase;
    }

    /** How many arguments a notice of this kind must carry. */
    public int argumentCount() {
        return argumentCount;
    }

    /** The message bundle key of the notice's title. */
    public String titleKey() {
        return "notification.title." + name();
    }

    /** The argument types a notice may carry: dates, date-times and counts, nothing that could name anyone. */
    static final List<Class<?>> ARGUMENT_TYPES = List.of(LocalDate.class, Instant.class, Integer.class, Long.class);
}
