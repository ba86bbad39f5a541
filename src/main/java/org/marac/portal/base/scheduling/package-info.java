/**
 * Cluster-safe scheduled jobs. Several portal instances may share one database; a job must still run once.
 *
 * <p>The pattern for any module's job: a Spring bean method with both annotations,
 * <pre>{@code
 * @Scheduled(cron = "0 0 7 * * *", zone = "Europe/London")          // or fixedDelayString = "PT5S"
 * @SchedulerLock(name = "action-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
 * public void sendReminders() { ... }
 * }</pre>
 * <ul>
 *   <li>{@code name} is unique across the portal (one row in the {@code shedlock} table per name).</li>
 *   <li>{@code lockAtMostFor} is longer than the job can ever take: a crashed instance frees the lock then.</li>
 *   <li>{@code lockAtLeastFor} (for daily or hourly jobs) outlasts the clock difference between instances, so a
 *       second instance firing a moment later does not run the job again.</li>
 *   <li>Locks are timed by the database clock ({@code usingDbTime}); the method is proxied, so calling it
 *       from a test takes the lock too. A job that is skipped because another instance holds the lock just
 *       returns.</li>
 *   <li>Make the work itself idempotent where it matters (claim rows, mark them done in the same
 *       transaction): a lock that expires while a slow job still runs must not cause a second send.</li>
 *   <li>Jobs run without a signed-in member: call services that document that they take no permission
 *       (for example {@code notification.NotificationService.send}), not the member-facing ones.</li>
 * </ul>
 * Timers are switched off with {@code portal.scheduling.enabled=false}; the tests do that and call jobs directly.
 */
package org.marac.portal.base.scheduling;
