package org.marac.portal.person;

import java.time.LocalDate;
import java.time.Period;

/** Used when the date of birth is unknown, and shown instead of it where a date of birth must not be. */
public enum AgeBand {
    UNDER_18,
    AGE_18_24,
    AGE_25_34,
    AGE_35_49,
    AGE_50_64,
    AGE_65_PLUS;

    public static AgeBand at(LocalDate dateOfBirth, LocalDate on) {
        int age = Period.between(dateOfBirth, on).getYears();
        if (age < 18) {
            return UNDER_18;
        } else if (age < 25) {
            return AGE_18_24;
        } else if (age < 35) {
            return AGE_25_34;
        } else if (age < 50) {
            return AGE_35_49;
        } else if (age < 65) {
            return AGE_50_64;
        }
        return AGE_65_PLUS;
    }
}
