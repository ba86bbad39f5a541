package org.marac.portal.meeting;

/** One line of an agenda as the live meeting lists it: which case, as what, its slot, and whether it has been discussed. */
public record AgendaEntry(Long itemId, Long caseId, String reference, AgendaItemKind kind, int position, int slotMinutes,
        boolean discussed) {
}
