package org.marac.portal.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marac.portal.nomination.RiskLevel;

/**
 * An area's rule for the order of its agenda: criteria applied in turn, each breaking the ties of the one
 * before; then the case that has waited longest, then the lowest case id, so that the order never depends
 * on how the database happened to return the rows. A pure function of its input.
 */
public record AgendaOrdering(List<OrderingCriterion> criteria) {

    /** Children in the household first, then highest endorsed risk, then repeats, then reviews. */
    public static final AgendaOrdering DEFAULT = new AgendaOrdering(List.of(OrderingCriterion.CHILDREN_FIRST,
            OrderingCriterion.HIGHEST_RISK_FIRST, OrderingCriterion.REPEATS_FIRST, OrderingCriterion.REVIEWS_LAST));

    /** What the rule looks at in a case on the agenda. */
    public record Facts(Long caseId, AgendaItemKind kind, boolean childrenInHousehold, RiskLevel endorsedRisk,
            Instant waitingSince) {
    }

    public AgendaOrdering {
        criteria = List.copyOf(criteria);
        if (criteria.stream().distinct().count() != criteria.size()) {
            throw new IllegalArgumentException("A criterion appears twice: " + criteria);
        }
    }

    /** The entries in this rule's order; the input is left as it was. */
    public <T> List<T> sort(List<T> entries, Function<T, Facts> facts) {
        List<T> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(facts, comparator()));
        return sorted;
    }

    public Comparator<Facts> comparator() {
        Comparator<Facts> order = (a, b) -> 0;
        for (OrderingCriterion criterion : criteria) {
            order = order.thenComparing(step(criterion));
        }
        return order.thenComparing(Facts::waitingSince, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Facts::caseId, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static Comparator<Facts> step(OrderingCriterion criterion) {
        return switch (criterion) {
            case CHILDREN_FIRST -> Comparator.comparing(facts -> !facts.childrenInHousehold());
            case HIGHEST_RISK_FIRST -> Comparator.comparingInt(facts -> -rank(facts.endorsedRisk()));
            case REPEATS_FIRST -> Comparator.comparing(facts -> facts.kind() != AgendaItemKind.REPEAT);
            case REVIEWS_LAST -> Comparator.comparing(facts -> facts.kind() == AgendaItemKind.REVIEW);
        };
    }

    private static int rank(RiskLevel level) {
        return level == null ? -1 : level.ordinal();
    }

    /** As stored: the criteria's names, comma-separated. */
    public String encode() {
        return criteria.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static AgendaOrdering decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return DEFAULT;
        }
        return new AgendaOrdering(Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(OrderingCriterion::valueOf).toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgendaOrdering that && Objects.equals(criteria, that.criteria);
    }

    @Override
    public int hashCode() {
        return criteria.hashCode();
    }
}
