package org.marac.portal.base.erasure;

/**
 * Anonymises what one module holds about a case when its retention period ends and the data protection
 * officer or the chair decides not to keep it: personal data and free text are replaced, while the facts
 * statistics rely on (dates, areas, strands, risk levels, outcomes, agencies) stay. Each module that holds
 * case data provides one; the retention decision calls them all, in one transaction.
 */
public interface CaseErasure {

    /** The text that replaces erased free text. */
    String ERASED = "[anonymised]";

    void erase(Long caseId);

    /** Free text becomes {@link #ERASED}; an empty field stays empty. */
    static String erased(String text) {
        return text == null || text.isBlank() ? text : ERASED;
    }
}
