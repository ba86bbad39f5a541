package org.marac.portal.meeting;

/** Why a case is on the agenda: first time, first time as a repeat victim, or back for review. */
public enum AgendaItemKind {
    NEW,
    REPEAT,
    REVIEW
}
