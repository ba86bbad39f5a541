package org.marac.portal.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One event to tell people about: its kind, who should hear of it, the case it concerns (by reference
 * only), where in the portal to look, and the kind's non-personal arguments. Build one with
 * {@link #of(NotificationKind)}:
 * <pre>{@code
 * notifications.send(Notice.of(NotificationKind.ACTION_ASSIGNED)
 *         .caseReference(maracCase.getReference())        // "HC-2026-0042"
 *         .link("cases/" + maracCase.getId())              // a route inside the portal
 *         .arguments(action.getDueDate())                  // LocalDate, Instant, Integer or Long only
 *         .to(Recipient.agency(ownerAgencyId))
 *         .build());
 * }</pre>
 * The checks here keep personal data out: a reference must look like one, a link must be a relative route,
 * and arguments can only be dates, times or counts.
 */
public record Notice(NotificationKind kind, Set<Recipient> recipients, String caseReference, String link,
        List<Object> arguments) {

    static final Pattern REFERENCE = Pattern.compile("[A-Z]{2,4}-\\d{4}-\\d{1,6}");
    static final Pattern ROUTE = Pattern.compile("[a-z0-9][A-Za-z0-9/_.\\-]*(\\?[A-Za-z0-9=&_.\\-]*)?");

    public Notice {
        Objects.requireNonNull(kind, "kind");
        recipients = Set.copyOf(Objects.requireNonNull(recipients, "recipients"));
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("A notice needs at least one recipient");
        }
        if (kind.aboutOneCase() && caseReference == null) {
            throw new IllegalArgumentException(kind + " needs the case reference");
        }
        if (caseReference != null && !REFERENCE.matcher(caseReference).matches()) {
            throw new IllegalArgumentException("Not a case reference: only references like HC-2026-0042 may be sent");
        }
        if (link == null || link.length() > 255 || !ROUTE.matcher(link).matches()) {
            throw new IllegalArgumentException("The link must be a route inside the portal, such as cases/42");
        }
        arguments = List.copyOf(arguments);
        if (arguments.size() != kind.argumentCount()) {
            throw new IllegalArgumentException(kind + " takes " + kind.argumentCount() + " argument(s)");
        }
        for (Object argument : arguments) {
            if (NotificationKind.ARGUMENT_TYPES.stream().noneMatch(type -> type.isInstance(argument))) {
                throw new IllegalArgumentException("Arguments are dates, times and counts only, not "
                        + argument.getClass().getSimpleName());
            }
        }
    }

    public static Builder of(NotificationKind kind) {
        return new Builder(kind);
    }

    /** Collects a notice's parts; {@link #build()} checks them. */
    public static final class Builder {

        private final NotificationKind kind;
        private final Set<Recipient> recipients = new LinkedHashSet<>();
        private final List<Object> arguments = new ArrayList<>();
        private String caseReference;
        private String link;

        private Builder(NotificationKind kind) {
            this.kind = kind;
        }

        /** Adds recipients; a member reached more than one way gets one notice. */
        public Builder to(Recipient... more) {
            recipients.addAll(Arrays.asList(more));
            return this;
        }

        /** The case's reference, such as {@code HC-2026-0042}; optional. */
        public Builder caseReference(String reference) {
            this.caseReference = reference;
            return this;
        }

        /** The route to open, relative to the portal, such as {@code cases/42}. */
        public Builder link(String route) {
            this.link = route;
            return this;
        }

        /** The kind's arguments, in order (see {@link NotificationKind}). */
        public Builder arguments(Object... values) {
            arguments.addAll(Arrays.asList(values));
            return this;
        }

        public Notice build() {
            return new Notice(kind, recipients, caseReference, link, arguments);
        }
    }
}
