package org.marac.portal.nomination;

import java.time.LocalDate;

/**
 * Proof that the acting member may read a closed case pseudonymised, with the UK day of its nomination so
 * that other modules can turn their own dates into days counted from it. The day itself is never shown.
 */
public record ReviewAccess(Long caseId, LocalDate dayZero) {

    /** Days from the nomination to this UK date (negative before it). */
    public int dayOf(LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(dayZero, date);
    }
}
