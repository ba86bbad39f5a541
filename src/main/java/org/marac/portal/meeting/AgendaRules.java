package org.marac.portal.meeting;

import java.time.LocalDate;
import java.util.Optional;
import org.marac.portal.nomination.CaseStatus;

/**
 * Which cases an agenda lists, and as what. A pure function of what is known about the case:
 * <ul>
 * <li>only cases in MARAC (accepted and not closed) and not already on another meeting still to be held;</li>
 * <li>a case never discussed at a held meeting is NEW, or REPEAT if the victim was in a case closed within
 * the last year;</li>
 * <li>a case discussed before is due for REVIEW when an action set at an earlier meeting is still open, or
 * the review date the chair set has come by the meeting's day.</li>
 * </ul>
 */
public final class AgendaRules {

    private AgendaRules() {
    }

    /** What the rules need to know about a case for one meeting. */
    public record CaseFacts(CaseStatus status, boolean repeatCase, boolean discussedBefore, boolean onAnotherAgenda,
            boolean openActionsFromEarlierMeeting, LocalDate reviewOn) {
    }

    /** The kind of item the case becomes on the agenda of a meeting held on {@code meetingDay}, if it is due. */
    public static Optional<AgendaItemKind> dueAs(CaseFacts facts, LocalDate meetingDay) {
        if (!inMarac(facts.status()) || facts.onAnotherAgenda()) {
            return Optional.empty();
        }
        if (!facts.discussedBefore()) {
            return Optional.of(facts.repeatCase() ? AgendaItemKind.REPEAT : AgendaItemKind.NEW);
        }
        boolean reviewReached = facts.reviewOn() != null && !facts.reviewOn().isAfter(meetingDay);
        return facts.openActionsFromEarlierMeeting() || reviewReached ? Optional.of(AgendaItemKind.REVIEW) : Optional.empty();
    }

    /** The kind of item a case the chair adds by hand becomes, whether or not it is due. */
    public static AgendaItemKind kindOf(boolean repeatCase, boolean discussedBefore) {
        if (discussedBefore) {
            return AgendaItemKind.REVIEW;
        }
        return repeatCase ? AgendaItemKind.REPEAT : AgendaItemKind.NEW;
    }

    static boolean inMarac(CaseStatus status) {
        return status == CaseStatus.ACCEPTED || status == CaseStatus.LISTED || status == CaseStatus.ACTIONS_OPEN
                || status == CaseStatus.UNDER_REVIEW;
    }
}
