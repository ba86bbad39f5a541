/**
 * Community scrutiny of closed cases: panels with an independent chair, terms of reference and a
 * confidentiality agreement; review meetings that draw a reproducible random sample of closed cases; a
 * pseudonymised view released only after the area chair or the data protection officer approves a redacted
 * summary; review criteria rated by each member and agreed by the panel; recommendations to agencies and
 * their answers; an aggregate, anonymised report for publication. Cases are read only through
 * {@link org.marac.portal.nomination.PseudonymisedCaseService}, never through the case access policy.
 */
package org.marac.portal.scrutiny;
