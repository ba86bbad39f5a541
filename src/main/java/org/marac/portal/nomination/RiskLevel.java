package org.marac.portal.nomination;

/** The overall risk to the victim. Only a supervisor's endorsed level counts. */
public enum RiskLevel {
    STANDARD,
    MEDIUM,
    HIGH
}
