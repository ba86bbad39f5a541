package org.marac.portal.person;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * "Possibly the same person": compares names (with aliases, other spellings and transliterations,
 * swapped order and typos), date of birth and postcode. The chair decides; this only suggests, so it
 * leans towards suggesting when names agree and nothing contradicts them.
 */
public final class PersonMatcher {

    public static final double THRESHOLD = 0.75;

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern JOINERS = Pattern.compile("['’`-]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** One person as the matcher sees them: the full name first, then aliases. */
    public record Candidate(List<String> names, LocalDate dateOfBirth, String postcode) {
    }

    /** How alike two people are, in [0, 1], and why. */
    public record Match(double score, Set<String> reasons) {
        public boolean isPossible() {
            return score >= THRESHOLD;
        }
    }

    private enum NameAgreement { EXACT, SWAPPED, SIMILAR }

    private record NameScore(double score, NameAgreement agreement, boolean throughAlias) {
    }

    public Match compare(Candidate nominated, Candidate existing) {
        NameScore name = bestNameScore(tokenised(nominated.names()), tokenised(existing.names()));
        Set<String> reasons = new TreeSet<>();
        double score = name.score();
        if (name.agreement() != null) {
            reasons.add(switch (name.agreement()) {
                case EXACT -> "NAME_EXACT";
                case SWAPPED -> "NAME_SWAPPED";
                case SIMILAR -> "NAME_SIMILAR";
            });
            if (name.throughAlias()) {
                reasons.add("ALIAS");
            }
        }
        if (nominated.dateOfBirth() != null && existing.dateOfBirth() != null) {
            if (nominated.dateOfBirth().equals(existing.dateOfBirth())) {
                score += 0.15;
                reasons.add("DOB_SAME");
            } else {
                // A known, different date of birth is strong evidence of two people.
                score *= 0.6;
                reasons.add("DOB_DIFFERENT");
            }
        }
        String ours = normalisePostcode(nominated.postcode());
        String theirs = normalisePostcode(existing.postcode());
        if (ours != null && theirs != null) {
            if (ours.equals(theirs)) {
                score += 0.1;
                reasons.add("POSTCODE_SAME");
            } else if (outward(ours).equals(outward(theirs))) {
                score += 0.03;
                reasons.add("POSTCODE_DISTRICT_SAME");
            }
        }
        return new Match(Math.min(1.0, score), Set.copyOf(reasons));
    }

    /** Keys two possibly-same people share at least one of: each name part's sound, and adjacent parts joined. */
    public static Set<String> blockingKeys(List<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (List<String> tokens : tokenised(names)) {
            for (int i = 0; i < tokens.size(); i++) {
                addKey(keys, tokens.get(i));
                if (i + 1 < tokens.size()) {
                    addKey(keys, tokens.get(i) + tokens.get(i + 1));
                }
            }
        }
        return keys;
    }

    /** A person's keys as the {@code person_name_key} index stores them: the blocking keys, clipped to its column. */
    public static Set<String> indexKeys(List<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : blockingKeys(names)) {
            keys.add(key.length() > INDEX_KEY_WIDTH ? key.substring(0, INDEX_KEY_WIDTH) : key);
        }
        return keys;
    }

    private static final int INDEX_KEY_WIDTH = 40;

    public static String normalisePostcode(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String compact = SPACES.matcher(postcode).replaceAll("").toUpperCase(Locale.ROOT);
        return compact.length() >= 5 && compact.length() <= 7
                ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3)
                : compact;
    }

    private static void addKey(Set<String> keys, String token) {
        if (token.length() >= 2) {
            keys.add(soundKey(token));
        }
    }

    private static String outward(String postcode) {
        int space = postcode.indexOf(' ');
        return space < 0 ? postcode : postcode.substring(0, space);
    }

    private static List<List<String>> tokenised(List<String> names) {
        List<List<String>> result = new ArrayList<>();
        if (names == null) {
            return result;
        }
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String plain = DIACRITICS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
            plain = JOINERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
            plain = NOT_LETTERS.matcher(plain).replaceAll(" ").strip();
            if (!plain.isEmpty()) {
                result.add(List.of(SPACES.split(plain)));
            }
        }
        return result;
    }

    /** The best agreement between any of one person's names and any of the other's. */
    private static NameScore bestNameScore(List<List<String>> ours, List<List<String>> theirs) {
        NameScore best = new NameScore(0, null, false);
        for (int i = 0; i < ours.size(); i++) {
            for (int j = 0; j < theirs.size(); j++) {
                NameScore score = nameScore(ours.get(i), theirs.get(j), i > 0 || j > 0);
                if (score.score() > best.score()) {
                    best = score;
                }
            }
        }
        return best;
    }

    private static NameScore nameScore(List<String> a, List<String> b, boolean throughAlias) {
        if (String.join("", a).equals(String.join("", b))) {
            return new NameScore(1.0, NameAgreement.EXACT, throughAlias);
        }
        if (a.size() == b.size() && new TreeSet<>(a).equals(new TreeSet<>(b)) && a.size() > 1) {
            return new NameScore(1.0, NameAgreement.SWAPPED, throughAlias);
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        double inOrder = alignedScore(shorter, longer, false);
        double reversed = shorter.size() > 1 ? alignedScore(shorter, longer, true) : 0;
        // Joined spellings ("Al Amin" and "Alamin") only when the parts were split differently.
        double joined = a.size() != b.size() ? tokenSimilarity(String.join("", a), String.join("", b)) : 0;
        double score = Math.max(Math.max(inOrder, reversed), joined);
        NameAgreement agreement = score < 0.5 ? null
                : reversed > inOrder && reversed >= joined ? NameAgreement.SWAPPED : NameAgreement.SIMILAR;
        return new NameScore(score, agreement, throughAlias);
    }

    /** Matches the first and last parts of the shorter name to the longer one's; middle names may be missing. */
    private static double alignedScore(List<String> shorter, List<String> longer, boolean swapped) {
        if (shorter.size() == 1) {
            return Math.max(tokenSimilarity(shorter.getFirst(), longer.getFirst()),
                    tokenSimilarity(shorter.getFirst(), longer.getLast())) * 0.8;
        }
        String first = swapped ? shorter.getLast() : shorter.getFirst();
        String last = swapped ? shorter.getFirst() : shorter.getLast();
        return (tokenSimilarity(first, longer.getFirst()) + tokenSimilarity(last, longer.getLast())) / 2;
    }

    /**
     * Same spelling 1; same sound and close spelling 0.95 (the spelling check keeps short names like John
     * and Jane, whose consonants agree, apart); a likely typo keeps its Jaro-Winkler score; anything else is
     * penalised.
     */
    private static double tokenSimilarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        double similarity = jaroWinkler(a, b);
        if (similarity >= 0.72 && soundKey(a).equals(soundKey(b))) {
            return 0.95;
        }
        return similarity >= 0.88 ? similarity : similarity * 0.6;
    }

    /**
     * A consonant skeleton that survives common transliterations (Mohammed, Muhammad, Mohamed; Yusuf,
     * Youssef; Aleksandr, Alexander) and swapped letters: first letter, then consonants with h, w and y
     * dropped, similar sounds merged and repeats collapsed.
     */
    static String soundKey(String token) {
        String word = token.replace("ph", "f").replace("x", "ks").replace("ck", "k").replace("th", "t");
        StringBuilder key = new StringBuilder().append(word.charAt(0));
        for (int i = 1; i < word.length(); i++) {
            char c = switch (word.charAt(i)) {
                case 'c', 'q' -> 'k';
                case 'z' -> 's';
                case 'v' -> 'f';
                case 'd' -> 't';
                case 'a', 'e', 'i', 'o', 'u', 'h', 'w', 'y' -> 0;
                default -> word.charAt(i);
            };
            if (c != 0 && key.charAt(key.length() - 1) != c) {
                key.append(c);
            }
        }
        // Consonants in a different order (a transposition typo) still give the same key.
        char head = key.charAt(0);
        char[] rest = key.substring(1).toCharArray();
        java.util.Arrays.sort(rest);
        return head + new String(rest);
    }

    private static double jaroWinkler(String a, String b) {
        int range = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] aMatched = new boolean[a.length()];
        boolean[] bMatched = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - range); j < Math.min(b.length(), i + range + 1); j++) {
                if (!bMatched[j] && a.charAt(i) == b.charAt(j)) {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (aMatched[i]) {
                while (!bMatched[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

}
