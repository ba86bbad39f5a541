package org.marac.portal.scrutiny;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The random draw of a review meeting's cases, reproducible by anyone: each candidate case is ranked by the
 * SHA-256 hash of "seed:case id" (as lower-case hex), lowest first, and the sample is the first N. The same
 * seed and the same candidates always give the same order, whatever the order they were listed in; a case
 * joining or leaving the candidates does not move the others. A swapped-out case is replaced by the next
 * case in the same order, so swaps cannot pick cases either.
 */
public final class SampleDraw {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SampleDraw() {
    }

    /** A fresh unpredictable seed: 16 hexadecimal digits. */
    public static String newSeed() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The candidates in drawn order. */
    public static List<Long> order(String seed, Collection<Long> candidates) {
        return candidates.stream().distinct()
                .sorted(Comparator.comparing((Long id) -> rankKey(seed, id)).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The hash that ranks one case in a draw, for anyone checking the draw by hand. */
    public static String rankKey(String seed, Long caseId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + caseId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
