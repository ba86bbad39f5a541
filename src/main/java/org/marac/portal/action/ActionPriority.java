package org.marac.portal.action;

public enum ActionPriority {
    LOW,
    MEDIUM,
    HIGH
}
