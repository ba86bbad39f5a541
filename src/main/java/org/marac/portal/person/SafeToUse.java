package org.marac.portal.person;

/** Whether a way of contacting the victim is safe: "unknown" means ask before using it. */
public enum SafeToUse {
    YES,
    NO,
    UNKNOWN
}
