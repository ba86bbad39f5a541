package org.marac.portal.notification;

/** How a member receives notification emails; in-app notices are always shown. Labels: {@code notification.mode.NAME}. */
public enum EmailMode {
    /** One email per notice, within seconds. The default. */
    IMMEDIATE,
    /** One email a day at 07:00 UK time listing the notices since the last digest. */
    DAILY_DIGEST
}
