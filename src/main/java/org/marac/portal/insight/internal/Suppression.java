package org.marac.portal.insight.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression with protection against subtraction.
 *
 * <p>Primary: every count from 1 to {@code threshold - 1} is withheld (zero is shown: it identifies nobody).
 *
 * <p>Secondary: a withheld count must not be recoverable from the figures around it. Counts are linked in
 * groups that add up (a row with its total, a column with its total, a count with its complement and the
 * number it is a share of). In every group, after suppression, either nothing is withheld, or at least two
 * members are, and, while the group's total is shown, the withheld members add up to at least the threshold,
 * so that neither subtraction nor the fact that withheld counts are at least 1 pins any of them down. Where a
 * group breaks the rule, its smallest shown non-zero count that is not a total is withheld too (a total only as
 * a last resort, so that totals shown in several tables stay consistent), and groups are checked again
 * until all hold. Hidden members (a complement nobody sees, but anyone can work out) take part like shown ones.
 */
public final class Suppression {

    /** Members of a group that add up to {@code total} (-1 when the group has no shown total). */
    public record Group(int[] members, int total) {
    }

    private Suppression() {
    }

    /** @return for each count, whether it is withheld */
    public static boolean[] withhold(long[] counts, List<Group> groups, int threshold) {
        boolean[] withheld = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            withheld[i] = counts[i] > 0 && counts[i] < threshold;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Group group : groups) {
                while (violates(group, counts, withheld, threshold)) {
                    int next = smallestShown(group, counts, withheld);
                    if (next < 0) {
                        if (group.total() >= 0 && !withheld[group.total()]) {
                            next = group.total();
                        } else {
                            break;
                        }
                    }
                    withheld[next] = true;
                    changed = true;
                }
            }
        }
        return withheld;
    }

    private static boolean violates(Group group, long[] counts, boolean[] withheld, int threshold) {
        int unknown = 0;
        long withheldSum = 0;
        for (int member : group.members()) {
            if (withheld[member]) {
                unknown++;
                withheldSum += counts[member];
            }
        }
        boolean totalShown = group.total() < 0 || !withheld[group.total()];
        if (!totalShown) {
            unknown++;
        }
        if (unknown == 0) {
            return false;
        }
        if (unknown == 1) {
            return true;
        }
        return totalShown && group.total() >= 0 && withheldSum < threshold;
    }

    /** The smallest non-zero member still shown (not the total), or -1. */
    private static int smallestShown(Group group, long[] counts, boolean[] withheld) {
        int best = -1;
        for (int member : group.members()) {
            if (!withheld[member] && counts[member] > 0 && (best < 0 || counts[member] < counts[best])) {
                best = member;
            }
        }
        return best;
    }

    /** Builds groups over a grid of counts held row by row in one array. */
    public static final class Groups {
        private final int columns;
        private final List<Group> groups = new ArrayList<>();

        public Groups(int columns) {
            this.columns = columns;
        }

        public int cell(int row, int column) {
            return row * columns + column;
        }

        /** The row's cells in these columns add up to its cell in {@code totalColumn} (-1: no total). */
        public Groups row(int row, int totalColumn, int... memberColumns) {
            int[] members = new int[memberColumns.length];
            for (int i = 0; i < memberColumns.length; i++) {
                members[i] = cell(row, memberColumns[i]);
            }
            groups.add(new Group(members, totalColumn < 0 ? -1 : cell(row, totalColumn)));
            return this;
        }

        /** The column's cells in these rows add up to its cell in {@code totalRow} (-1: no total). */
        public Groups column(int column, int totalRow, int... memberRows) {
            int[] members = new int[memberRows.length];
            for (int i = 0; i < memberRows.length; i++) {
                members[i] = cell(memberRows[i], column);
            }
            groups.add(new Group(members, totalRow < 0 ? -1 : cell(totalRow, column)));
            return this;
        }

        public List<Group> list() {
            return List.copyOf(groups);
        }
    }
}
