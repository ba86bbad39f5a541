package org.marac.portal.person;

/** Whether an equality question was asked and answered: "declined" and "not asked" are answers too. */
public enum Disclosure {
    NOT_ASKED,
    DECLINED,
    ANSWERED
}
