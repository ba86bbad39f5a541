package org.marac.portal.partner;

/** How an area refers victims to Victim Support: the victim opts in, or is referred unless they opt out. */
public enum ReferralModel {
    OPT_IN,
    OPT_OUT
}
