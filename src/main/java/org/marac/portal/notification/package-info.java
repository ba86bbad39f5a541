/**
 * Notifications: in-app notices under the bell in the header, and emails through SMTP (immediately or as a
 * daily digest, as each member chooses). Other modules call {@link org.marac.portal.notification.NotificationService#send}
 * inside the transaction of the change they announce. Notices and emails carry a kind, a case reference, a
 * link and non-personal arguments only: never a name or other personal data.
 */
package org.marac.portal.notification;
