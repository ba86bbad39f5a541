package org.marac.portal.person;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds what identifies people in free text: names and their parts, aliases, postcodes, addresses, phone
 * numbers, emails, dates of birth and references, whatever the case, punctuation, accents or postcode
 * spacing. Used wherever text about a case leaves the people who may know who it is about (a scrutiny
 * panel's redacted summary, a published report). It errs on the side of finding too much: a name that is
 * also a word ("Grace", "May") is found as that word too, and the writer rephrases.
 */
public final class IdentifyingText {

    /** What kind of identifier was found. */
    public enum Kind {
        NAME,
        POSTCODE,
        ADDRESS,
        PHONE,
        EMAIL,
        DATE_OF_BIRTH,
        REFERENCE
    }

    /** One identifier found in the text, with whose it is and the words of the text that matched. */
    public record Finding<K>(K owner, Kind kind, String fragment) {
    }

    /** Everything that identifies one owner (a person, or a case's references). */
    public record Identifiers(List<String> names, List<String> postcodes, List<String> addresses, List<String> phones,
            List<String> emails, List<LocalDate> datesOfBirth, List<String> references) {

        public static Identifiers of(Person person) {
            List<String> names = new ArrayList<>();
            names.add(person.getGivenName());
            names.add(person.getFamilyName());
            names.add(person.getPreferredName());
            names.addAll(person.getAliases());
            return new Identifiers(present(names), present(List.of(nullToEmpty(person.getPostcode()))),
                    present(List.of(nullToEmpty(person.getAddress()))), present(List.of(nullToEmpty(person.getPhone()))),
                    present(List.of(nullToEmpty(person.getEmail()))),
                    person.getDateOfBirth() == null ? List.of() : List.of(person.getDateOfBirth()), List.of());
        }

        public static Identifiers references(Collection<String> references) {
            return new Identifiers(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    present(new ArrayList<>(references)));
        }

        /** Every value, for showing a writer who may see them what must not appear. */
        public List<String> values() {
            return Stream.of(names.stream(), postcodes.stream(), addresses.stream(), phones.stream(), emails.stream(),
                            datesOfBirth.stream().map(LocalDate::toString), references.stream())
                    .flatMap(s -> s).toList();
        }

        private static List<String> present(List<String> values) {
            return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
        }

        private static String nullToEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern JOINERS = Pattern.compile("['’`\\-.]");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d+[a-z]?");
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{4,}[0-9]");

    /** Name parts that carry no identity on their own: particles, articles and titles. */
    private static final Set<String> NOT_IDENTIFYING = Set.of("the", "of", "and", "an", "de", "da", "di", "du", "la",
            "le", "van", "von", "der", "den", "del", "mr", "mrs", "ms", "miss", "mx", "dr");

    /** Words that end a street name, with their usual abbreviations: "Example Street" is "Example St" too. */
    private static final Set<String> STREET_TYPES = Set.of("street", "st", "road", "rd", "avenue", "ave", "av", "lane",
            "ln", "close", "cl", "drive", "dr", "court", "ct", "place", "pl", "crescent", "cres", "gardens", "gdns",
            "terrace", "terr", "ter", "square", "sq", "grove", "gr", "way", "walk", "row", "mews", "hill", "park",
            "rise", "green", "parade", "pde", "view", "vale", "estate", "boulevard", "blvd", "wharf", "yard", "gate",
            "croft", "mount", "fold", "chase", "meadow", "meadows", "heights", "quay", "circus", "wynd");
    private static final Set<String> DWELLING_WORDS = Set.of("flat", "apartment", "apt", "unit", "room", "no");
    private static final String ANY_STREET_TYPE = STREET_TYPES.stream().sorted().map(Pattern::quote)
            .collect(Collectors.joining("|", "(?:", ")"));

    private static final List<DateTimeFormatter> DATE_FORMATS = Stream.of("yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy",
                    "d.M.yyyy", "d-M-yyyy", "dd-MM-yyyy", "d MMM yyyy", "d MMMM yyyy", "MMMM d yyyy", "MMM d yyyy",
                    "d/M/yy", "dd/MM/yy")
            .map(pattern -> DateTimeFormatter.ofPattern(pattern, Locale.UK)).toList();

    private IdentifyingText() {
    }

    /** Everything in the text that identifies any of the owners, in the order of the owners given. */
    public static <K> List<Finding<K>> find(String text, Map<K, Identifiers> owners) {
        List<Finding<K>> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String folded = fold(text);
        String compact = NOT_ALPHANUMERIC.matcher(folded).replaceAll("");
        List<String> phoneRuns = phoneRuns(text);
        owners.forEach((owner, identifiers) -> {
            for (String name : identifiers.names()) {
                for (String part : nameParts(name)) {
                    wholeWords(folded, Pattern.quote(part)).ifPresent(f -> found.add(new Finding<>(owner, Kind.NAME, f)));
                }
            }
            for (String postcode : identifiers.postcodes()) {
                String key = NOT_ALPHANUMERIC.matcher(fold(postcode)).replaceAll("");
                if (key.length() >= 5 && compact.contains(key)) {
                    found.add(new Finding<>(owner, Kind.POSTCODE, postcode.toUpperCase(Locale.ROOT)));
                }
            }
            for (String address : identifiers.addresses()) {
                for (String pattern : addressPatterns(address)) {
                    wholeWords(folded, pattern).ifPresent(f -> found.add(new Finding<>(owner, Kind.ADDRESS, f)));
                }
            }
            for (String phone : identifiers.phones()) {
                String number = nationalNumber(phone);
                if (number.length() >= 6 && phoneRuns.stream().anyMatch(run -> nationalNumber(run).contains(number))) {
                    found.add(new Finding<>(owner, Kind.PHONE, phone));
                }
            }
            for (String email : identifiers.emails()) {
                String key = NOT_ALPHANUMERIC.matcher(fold(email)).replaceAll("");
                if (!key.isEmpty() && compact.contains(key)) {
                    found.add(new Finding<>(owner, Kind.EMAIL, email));
                }
            }
            for (LocalDate born : identifiers.datesOfBirth()) {
                for (DateTimeFormatter format : DATE_FORMATS) {
                    String date = fold(format.format(born));
                    if (wholeWords(folded, Pattern.quote(date)).isPresent()
                            || wholeWords(folded, ordinal(born, format)).isPresent()) {
                        found.add(new Finding<>(owner, Kind.DATE_OF_BIRTH, format.format(born)));
                        break;
                    }
                }
            }
            for (String reference : identifiers.references()) {
                String key = NOT_ALPHANUMERIC.matcher(fold(reference)).replaceAll("");
                if (key.length() >= 4 && compact.contains(key)) {
                    found.add(new Finding<>(owner, Kind.REFERENCE, reference));
                }
            }
        });
        return found.stream().distinct().toList();
    }

    /** Lower case, accents removed, anything but letters and digits as single spaces. */
    static String fold(String text) {
        String plain = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * The parts of a name that identify on their own: every word of two letters or more, and hyphenated or
     * apostrophised names joined up as well ("O'Brien" is "o brien", "brien" and "obrien").
     */
    static Set<String> nameParts(String name) {
        Set<String> parts = new LinkedHashSet<>();
        List<String> candidates = new ArrayList<>(List.of(fold(name).split(" ")));
        for (String segment : name.split("[\\s\\-]+")) {
            candidates.add(fold(JOINERS.matcher(segment).replaceAll("")));
        }
        candidates.add(fold(JOINERS.matcher(name).replaceAll("")).replace(" ", ""));
        for (String word : candidates) {
            if (word.length() >= 2 && !word.contains(" ") && !NOT_IDENTIFYING.contains(word)) {
                parts.add(word);
            }
        }
        return parts;
    }

    /**
     * Regular expressions (over folded text) that find an address: the street name followed by any street
     * word ("example st" for "12 Example Street"), the house number with the street name ("12 example"),
     * and a first line without a street word as a whole ("rose cottage"). Towns and counties after the
     * first line identify nobody on their own and are not searched for.
     */
    static List<String> addressPatterns(String address) {
        List<String> patterns = new ArrayList<>();
        String[] lines = address.split("[,;\\n]");
        for (int index = 0; index < lines.length; index++) {
            List<String> words = List.of(fold(lines[index]).split(" ")).stream().filter(w -> !w.isEmpty()).toList();
            List<String> numbers = words.stream().filter(w -> HOUSE_NUMBER.matcher(w).matches()).toList();
            List<String> rest = words.stream()
                    .filter(w -> !HOUSE_NUMBER.matcher(w).matches() && !DWELLING_WORDS.contains(w)).toList();
            int streetWord = -1;
            for (int i = 1; i < rest.size(); i++) {
                if (STREET_TYPES.contains(rest.get(i))) {
                    streetWord = i;
                    break;
                }
            }
            if (streetWord > 0) {
                List<String> street = rest.subList(0, streetWord);
                patterns.add(sequence(street) + " " + ANY_STREET_TYPE);
                for (String number : numbers) {
                    patterns.add(Pattern.quote(number) + " " + sequence(street));
                }
            } else if (index == 0 && !rest.isEmpty() && !(rest.size() == 1 && NOT_IDENTIFYING.contains(rest.get(0)))) {
                patterns.add(sequence(rest));
            }
        }
        return patterns;
    }

    private static String sequence(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining(" "));
    }

    private static java.util.Optional<String> wholeWords(String folded, String pattern) {
        Matcher matcher = Pattern.compile("(?<![a-z0-9])" + pattern + "(?![a-z0-9])").matcher(folded);
        return matcher.find() ? java.util.Optional.of(matcher.group()) : java.util.Optional.empty();
    }

    /** "14th March 1988" as well as "14 March 1988". */
    private static String ordinal(LocalDate date, DateTimeFormatter format) {
        String plain = fold(format.format(date));
        String day = String.valueOf(date.getDayOfMonth());
        return plain.startsWith(day + " ") && !Character.isDigit(plain.charAt(day.length() + 1))
                ? Pattern.quote(day) + "(?:st|nd|rd|th) " + Pattern.quote(plain.substring(day.length() + 1))
                : Pattern.quote(plain);
    }

    private static List<String> phoneRuns(String text) {
        List<String> runs = new ArrayList<>();
        Matcher matcher = PHONE_LIKE.matcher(text);
        while (matcher.find()) {
            runs.add(matcher.group());
        }
        return runs;
    }

    /** Digits only, without the UK country code or trunk zero, so "+44 7700 900123" is "07700900123". */
    private static String nationalNumber(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("44") && phone.strip().startsWith("+")) {
            digits = digits.substring(2);
        }
        return digits.startsWith("0") ? digits.substring(1) : digits;
    }
}
