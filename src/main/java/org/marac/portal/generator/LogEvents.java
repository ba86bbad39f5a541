package org.marac.portal.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.marac.portal.audit.BulkChainWriter;

/**
 * The processing the generated data would have caused, as events to be written to the log in time order.
 * Ten million events must fit in memory and sort quickly, so each is one long: the second it happened
 * (29 bits, 17 years), its kind (6 bits) and a reference (28 bits: a case index, or whatever the kind
 * needs). Each kind renders its events into log entries when they are written.
 */
final class LogEvents {

    /** Turns an event into the log entry its processing wrote. */
    interface Kind {
        BulkChainWriter.Item render(int reference, Instant at, SplittableRandom random);
    }

    static final int MAX_REFERENCE = (1 << 28) - 1;
    private static final int KIND_SHIFT = 28;
    private static final int SECOND_SHIFT = 34;

    private final Instant origin;
    private final long lastSecond;
    private final List<Kind> kinds = new ArrayList<>();
    private long[] events = new long[1 << 16];
    private int size;

    LogEvents(Instant origin, Instant end) {
        this.origin = origin;
        this.lastSecond = end.getEpochSecond() - origin.getEpochSecond() - 1;
        if (lastSecond >= 1L << 29) {
            throw new IllegalArgumentException("The log window must be under 17 years");
        }
    }

    int kind(Kind kind) {
        if (kinds.size() == 1 << (SECOND_SHIFT - KIND_SHIFT)) {
            throw new IllegalStateException("Too many kinds of log event");
        }
        kinds.add(kind);
        return kinds.size() - 1;
    }

    /** An event at the given time (kept inside the window). */
    void add(int kind, Instant at, int reference) {
        if (reference < 0 || reference > MAX_REFERENCE) {
            throw new IllegalArgumentException("Log event reference out of range: " + reference);
        }
        long second = Math.min(Math.max(at.getEpochSecond() - origin.getEpochSecond(), 0), lastSecond);
        if (size == events.length) {
            events = Arrays.copyOf(events, events.length * 2);
        }
        events[size++] = second << SECOND_SHIFT | (long) kind << KIND_SHIFT | reference;
    }

    int size() {
        return size;
    }

    /** Puts the events in time order (events in the same second by kind, then reference: deterministic). */
    void sort() {
        Arrays.parallelSort(events, 0, size);
    }

    long second(int index) {
        return events[index] >>> SECOND_SHIFT;
    }

    Instant origin() {
        return origin;
    }

    BulkChainWriter.Item render(int index, Instant at, SplittableRandom random) {
        long event = events[index];
        return kinds.get((int) (event >>> KIND_SHIFT & 0x3F)).render((int) (event & MAX_REFERENCE), at, random);
    }

    /** Frees the events once written. */
    void clear() {
        events = new long[0];
        size = 0;
    }
}
