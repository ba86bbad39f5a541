package org.marac.portal.nomination;

import org.marac.portal.person.IdentifyingText;

/**
 * An identifier of one of a case's people found in a text: whose (role and number, as in the pseudonymised
 * view: the victim, perpetrator 1; no role for the case's own references) and which words matched.
 */
public record IdentifierFinding(Long caseId, PartyRole role, int number, IdentifyingText.Kind kind, String fragment) {
}
