package org.marac.portal.nomination;

/** The victim's answer about referral to Victim Support. */
public enum VictimSupportChoice {
    NOT_YET_ASKED,
    ACCEPTED,
    DECLINED
}
