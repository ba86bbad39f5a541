package org.marac.portal.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The screens of a live meeting share one read per generation, and never a read from before a change. */
class LiveSnapshotsTest {

    private final LiveSnapshots snapshots = new LiveSnapshots();
    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void screensAskingAtOnceWaitForTheFirstReadInsteadOfRepeatingIt() throws Exception {
        LiveSnapshots.Round round = snapshots.round(1L, snapshots.generation(1L), now);
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (var screens = Executors.newFixedThreadPool(8)) {
            Future<String> first = screens.submit(() -> round.once("case", () -> {
                reads.incrementAndGet();
                reading.countDown();
                await(release);
                return "HC-2026-0001";
            }));
            reading.await(5, TimeUnit.SECONDS);
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(screens.submit(() -> round.once("case", () -> {
                    reads.incrementAndGet();
                    return "read again";
                })));
            }
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("HC-2026-0001");
            for (Future<String> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo("HC-2026-0001");
            }
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void whenTheFirstReadFailsTheNextScreenReadsForItself() {
        LiveSnapshots.Round round = snapshots.round(1L, snapshots.generation(1L), now);
        assertThatThrownBy(() -> round.once("sees", () -> {
            throw new IllegalStateException("this member may not see the case");
        })).hasMessageContaining("may not see");
        assertThat(round.once("sees", () -> Boolean.TRUE)).isTrue();
    }

    @Test
    void aChangeToTheMeetingStartsANewRoundAndAScreenThatBeganBeforeItKeepsItsReadToItself() {
        long before = snapshots.generation(1L);
        LiveSnapshots.Round old = snapshots.round(1L, before, now);
        old.once("case", () -> "before the move");

        snapshots.whenChanged(new LiveMeetingChanged(1L, LiveMeetingChanged.Change.CURRENT_CASE));
        LiveSnapshots.Round late = snapshots.round(1L, before, now);
        assertThat(late.once("case", () -> "read by the late screen")).isEqualTo("read by the late screen");
        LiveSnapshots.Round fresh = snapshots.round(1L, snapshots.generation(1L), now);
        assertThat(fresh).isNotSameAs(late);
        assertThat(fresh.once("case", () -> "after the move")).isEqualTo("after the move");
        assertThat(snapshots.round(1L, snapshots.generation(1L), now)).isSameAs(fresh);
    }

    @Test
    void aRoundServesOnlyBrieflySinceResearchRecordedOutsideTheMeetingTellsNoScreen() {
        long generation = snapshots.generation(2L);
        LiveSnapshots.Round round = snapshots.round(2L, generation, now);
        assertThat(snapshots.round(2L, generation, now.plusSeconds(1))).isSameAs(round);
        assertThat(snapshots.round(2L, generation, now.plusSeconds(3))).isNotSameAs(round);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
