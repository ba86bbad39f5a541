package org.marac.portal.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The draw is a pure function of the seed and the candidates. */
class SampleDrawTest {

    private static final List<Long> CANDIDATES = LongStream.rangeClosed(1, 40).boxed().toList();

    @Test
    void theSameSeedOrdersTheSameCandidatesTheSameWayWhateverOrderTheyAreListedIn() {
        List<Long> shuffled = new ArrayList<>(CANDIDATES);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(SampleDraw.order("public seed", shuffled)).isEqualTo(SampleDraw.order("public seed", CANDIDATES));
    }

    @Test
    void theOrderIsTheHashOrderAnyoneCanRecompute() {
        List<Long> order = SampleDraw.order("abc", CANDIDATES);
        for (int i = 1; i < order.size(); i++) {
            assertThat(SampleDraw.rankKey("abc", order.get(i - 1))).isLessThan(SampleDraw.rankKey("abc", order.get(i)));
        }
        // SHA-256 of "abc:7", as printf 'abc:7' | sha256sum computes it.
        assertThat(SampleDraw.rankKey("abc", 7L)).isEqualTo("b490d822e84fb6f8c0b3027be75007ecd25ff3e52cf3eb27e376a499516a063e");
    }

    @Test
    void aCaseJoiningTheCandidatesDoesNotReorderTheOthers() {
        List<Long> before = SampleDraw.order("seed", CANDIDATES);
        List<Long> more = new ArrayList<>(CANDIDATES);
        more.add(99L);
        List<Long> after = new ArrayList<>(SampleDraw.order("seed", more));
        after.remove(99L);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void differentSeedsGiveDifferentSamplesAndEachSeedLooksRandom() {
        assertThat(SampleDraw.order("one", CANDIDATES).subList(0, 6)).isNotEqualTo(SampleDraw.order("two", CANDIDATES).subList(0, 6));
        assertThat(SampleDraw.order("one", CANDIDATES)).isNotEqualTo(CANDIDATES);
        assertThat(SampleDraw.newSeed()).hasSize(16).isNotEqualTo(SampleDraw.newSeed());
    }
}
