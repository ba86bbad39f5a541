package org.marac.portal.nomination;

import java.util.List;

/**
 * What the area chair or the data protection officer reads to write a case's redacted summary for a
 * scrutiny panel: the case's own words, and everything that must not appear in the summary.
 */
public record ScrutinyCaseSource(Long caseId, String reference, String area, List<SourceText> texts,
        List<PartyIdentifiers> identifiers) {

    /** One piece of the case's free text; the label is a message key with its arguments. */
    public record SourceText(String labelKey, List<Object> arguments, String text) {
    }

    /** What identifies one party (no role: the case's own references). */
    public record PartyIdentifiers(PartyRole role, int number, List<String> values) {
    }
}
