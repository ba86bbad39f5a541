package org.marac.portal.notification;

/**
 * A member's email choice as a form edits it: {@code version} is passed back when saving, so a change made
 * elsewhere in the meantime is refused rather than overwritten ({@code -1}: never saved yet).
 */
public record EmailSettings(EmailMode mode, long version) {
}
