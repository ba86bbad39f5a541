/**
 * Action plans: actions agreed at a MARAC or set by the chair between meetings, owned by an agency, with
 * their updates log. Owning an action shares the case with the owner agency; a case closes only when every
 * action is finished.
 */
package org.marac.portal.action;
