package org.marac.portal.action;

import org.marac.portal.partner.PortalUser;

/**
 * Lets a module vouch for a member who records actions on the chair's behalf: the meeting module says
 * yes for the delegated minute-taker of a meeting in progress whose agenda lists the case.
 */
public interface ActionDelegation {

    boolean mayRecordActions(PortalUser user, Long caseId, Long meetingId);
}
