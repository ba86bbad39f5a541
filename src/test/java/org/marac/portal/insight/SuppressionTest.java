package org.marac.portal.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marac.portal.insight.internal.Suppression;
import org.marac.portal.insight.internal.Suppression.Group;

/** Small numbers are withheld, and no withheld number can be worked out from the figures around it. */
class SuppressionTest {

    private static final int THRESHOLD = 5;

    @Test
    void countsFromOneToFourAreWithheldAndZeroIsShown() {
        long[] counts = {0, 1, 4, 5, 30};
        boolean[] withheld = Suppression.withhold(counts, List.of(), THRESHOLD);
        assertThat(withheld).containsExactly(false, true, true, false, false);
    }

    @Test
    void aLoneSmallCountInAColumnWithItsTotalTakesASecondCountWithIt() {
        // Police 12, Housing 3, Council 0, total 15: showing 12 and 15 would give Housing away (15 - 12 - 0 = 3).
        long[] counts = {12, 3, 0, 15};
        boolean[] withheld = Suppression.withhold(counts, List.of(new Group(new int[] {0, 1, 2}, 3)), THRESHOLD);
        assertThat(withheld).containsExactly(true, true, false, false);
        assertThat(subtractionAttack(counts, withheld, List.of(new Group(new int[] {0, 1, 2}, 3)))).isEmpty();
    }

    @Test
    void twoSmallCountsThatAddUpToLessThanTheThresholdTakeAThirdWithThem() {
        // Two withheld ones adding up to 2 would each have to be 1: a third count is withheld with them.
        long[] counts = {1, 1, 0, 10, 12};
        Group column = new Group(new int[] {0, 1, 2, 3}, 4);
        boolean[] withheld = Suppression.withhold(counts, List.of(column), THRESHOLD);
        assertThat(withheld).containsExactly(true, true, false, true, false);
    }

    @Test
    void aHiddenComplementCountsLikeAShownCount() {
        // 48 repeat victims out of 50 nominations: the 2 that are not repeats would be known by subtraction.
        long[] counts = {48, 2, 50};
        boolean[] withheld = Suppression.withhold(counts, List.of(new Group(new int[] {0, 1}, 2)), THRESHOLD);
        assertThat(withheld[0]).as("the shown count goes with its small complement").isTrue();
        assertThat(withheld[2]).isFalse();
    }

    @Test
    void aTotalWithheldElsewhereIsNotLeftToBeWorkedOutFromItsRow() {
        // Row: 7 + 8 = 15 (total shown); column: 15 and 2 make 17. The 2 forces 15 to be withheld in the column,
        // so the row must then not show both 7 and 8.
        long[] counts = {7, 8, 15, 2, 17};
        List<Group> groups = List.of(new Group(new int[] {0, 1}, 2), new Group(new int[] {2, 3}, 4));
        boolean[] withheld = Suppression.withhold(counts, groups, THRESHOLD);
        assertThat(subtractionAttack(counts, withheld, groups)).isEmpty();
        assertThat(withheld[3]).isTrue();
        assertThat(withheld[0] || withheld[1]).isTrue();
    }

    @Test
    void noRandomTableGivesAnyWithheldCountAwayBySubtraction() {
        Random random = new Random(20251125);
        for (int trial = 0; trial < 2000; trial++) {
            int rows = 2 + random.nextInt(6);
            int columns = 2 + random.nextInt(6);
            // Cells plus a total column and a total row, as the dashboards' tables are built.
            long[][] table = new long[rows + 1][columns + 1];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    table[r][c] = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 40);
                    table[r][columns] += table[r][c];
                    table[rows][c] += table[r][c];
                    table[rows][columns] += table[r][c];
                }
            }
            long[] counts = new long[(rows + 1) * (columns + 1)];
            for (int r = 0; r <= rows; r++) {
                System.arraycopy(table[r], 0, counts, r * (columns + 1), columns + 1);
            }
            Suppression.Groups groups = new Suppression.Groups(columns + 1);
            int[] memberColumns = java.util.stream.IntStream.range(0, columns).toArray();
            int[] memberRows = java.util.stream.IntStream.range(0, rows).toArray();
            for (int r = 0; r <= rows; r++) {
                groups.row(r, columns, memberColumns);
            }
            for (int c = 0; c <= columns; c++) {
                groups.column(c, rows, memberRows);
            }
            boolean[] withheld = Suppression.withhold(counts, groups.list(), THRESHOLD);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0 && counts[i] < THRESHOLD) {
                    assertThat(withheld[i]).as("trial %d cell %d", trial, i).isTrue();
                }
            }
            assertThat(subtractionAttack(counts, withheld, groups.list())).as("trial %d", trial).isEmpty();
        }
    }

    /**
     * What an attacker learns from each group: with the total shown, the withheld members add up to the total
     * minus the shown ones, and each withheld member is at least 1. A withheld count is given away when that
     * pins it to one value. The attack is repeated with everything learned until nothing more is learned.
     *
     * @return the withheld counts the attacker can work out exactly
     */
    static List<Integer> subtractionAttack(long[] counts, boolean[] withheld, List<Group> groups) {
        boolean[] known = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            known[i] = !withheld[i];
        }
        boolean learned = true;
        while (learned) {
            learned = false;
            for (Group group : groups) {
                List<Integer> unknown = new ArrayList<>();
                long knownSum = 0;
                for (int member : group.members()) {
                    if (known[member]) {
                        knownSum += counts[member];
                    } else {
                        unknown.add(member);
                    }
                }
                if (group.total() < 0 || !known[group.total()]) {
                    if (unknown.isEmpty() && group.total() >= 0) {
                        known[group.total()] = true;
                        learned = true;
                    }
                    continue;
                }
                long rest = counts[group.total()] - knownSum;
                if (unknown.size() == 1 || (!unknown.isEmpty() && rest == unknown.size())) {
                    for (int member : unknown) {
                        known[member] = true;
                    }
                    learned = true;
                }
            }
        }
        List<Integer> revealed = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (withheld[i] && known[i] && counts[i] > 0 && counts[i] < THRESHOLD) {
                revealed.add(i);
            }
        }
        return revealed;
    }
}
