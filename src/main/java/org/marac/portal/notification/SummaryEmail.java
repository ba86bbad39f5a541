package org.marac.portal.notification;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email another module composes for one member, such as a daily summary of figures: a subject and lines
 * whose words come from the message bundle, with dates and counts as arguments, case references, and a route
 * to open. As with a {@link Notice}, personal data is kept out by construction: keys name fixed texts,
 * arguments are dates, times and counts only, references must look like {@code HC-2026-0042}, and the link is
 * a route inside the portal. Send one with {@link NotificationService#email}.
 *
 * @param subjectKey       the bundle key of the subject, after "MARAC portal: "
 * @param subjectArguments its arguments ({@code {0}}, {@code {1}}...)
 * @param lines            the body's lines, in order
 * @param link             the route to open, such as {@code insight/area}
 */
public record SummaryEmail(String subjectKey, List<Object> subjectArguments, List<Line> lines, String link) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*");

    /** One line: a bundle key with its arguments, and the case references it lists (may be none). */
    public record Line(String key, List<Object> arguments, List<String> caseReferences) {
        public Line {
            checkKey(key);
            arguments = checkArguments(arguments);
            caseReferences = List.copyOf(caseReferences);
            for (String reference : caseReferences) {
                if (!Notice.REFERENCE.matcher(reference).matches()) {
                    throw new IllegalArgumentException("Not a case reference: only references like HC-2026-0042 may be sent");
                }
            }
        }

        public static Line of(String key, Object... arguments) {
            return new Line(key, List.of(arguments), List.of());
        }

        public Line listing(List<String> references) {
            return new Line(key, arguments, references);
        }
    }

    public SummaryEmail {
        checkKey(subjectKey);
        subjectArguments = checkArguments(subjectArguments);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An email needs at least one line");
        }
        if (link == null || link.length() > 255 || !Notice.ROUTE.matcher(link).matches()) {
            throw new IllegalArgumentException("The link must be a route inside the portal, such as insight/area");
        }
    }

    private static void checkKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Texts come from the message bundle: give its key, not " + key);
        }
    }

    private static List<Object> checkArguments(List<Object> arguments) {
        List<Object> copy = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
        for (Object argument : copy) {
            if (NotificationKind.ARGUMENT_TYPES.stream().noneMatch(type -> type.isInstance(argument))) {
                throw new IllegalArgumentException("Arguments are dates, times and counts only, not "
                        + argument.getClass().getSimpleName());
            }
        }
        return copy;
    }
}
