/**
 * The case: nomination by any partner agency (people, incidents with hate flags, consent, victim support
 * referral), the structured hate crime risk assessment and its endorsement, eligibility for MARAC,
 * possible-same-person review, and the chair's decision. Who may see a case is decided here.
 */
package org.marac.portal.nomination;
