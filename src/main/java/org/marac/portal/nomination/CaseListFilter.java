package org.marac.portal.nomination;

import java.util.Set;

/** What a case list shows, within what the member may see: some statuses (empty for all) and part of a reference. */
public record CaseListFilter(Set<CaseStatus> statuses, String reference) {

    public CaseListFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        reference = reference == null || reference.isBlank() ? null : reference.strip();
    }

    public static CaseListFilter all() {
        return new CaseListFilter(Set.of(), null);
    }

    /** A case's reference contains the text, whatever its case; wildcards typed by the member are ignored. */
    public static jakarta.persistence.criteria.Predicate referenceContains(jakarta.persistence.criteria.CriteriaBuilder cb,
            jakarta.persistence.criteria.Path<String> reference, String text) {
        return cb.like(cb.upper(reference),
                "%" + text.toUpperCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
    }
}
