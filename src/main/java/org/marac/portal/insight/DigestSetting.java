package org.marac.portal.insight;

/**
 * Whether a member gets the daily insight summary by email; {@code version} is passed back when saving
 * ({@code -1}: never saved).
 */
public record DigestSetting(boolean subscribed, long version) {
}
