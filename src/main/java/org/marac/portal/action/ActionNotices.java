package org.marac.portal.action;

import org.marac.portal.notification.Notice;
import org.marac.portal.notification.NotificationKind;
import org.marac.portal.notification.Recipient;
import org.marac.portal.partner.Role;

/** Who hears about an action: its assignee, or else the owner agency's case workers. */
final class ActionNotices {

    private ActionNotices() {
    }

    static Notice.Builder about(CaseAction action, NotificationKind kind) {
        Recipient owner = action.getAssignee() != null ? Recipient.member(action.getAssignee().getId())
                : Recipient.agency(action.getOwnerAgency().getId(), Role.PRACTITIONER, Role.SUPERVISOR, Role.AGENCY_LEAD);
        return Notice.of(kind).caseReference(action.getMaracCase().getReference())
                .link("cases/" + action.getCaseId()).arguments(action.getDueDate()).to(owner);
    }
}
