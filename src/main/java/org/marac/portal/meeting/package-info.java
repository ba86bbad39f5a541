/**
 * Six-weekly MARAC meetings: each area's meeting series and its occurrences (moved or cancelled one at a
 * time), the agenda built from accepted, repeat and review cases in the area's order, attendance with the
 * confidentiality statement, research by the attending agencies, the live meeting the chair runs and every
 * attendee follows, and the minutes. Publishing an agenda shares its cases with the invited agencies.
 * Publishes {@link org.marac.portal.meeting.AgendaPublished}, {@link org.marac.portal.meeting.MeetingRescheduled},
 * {@link org.marac.portal.meeting.MeetingCancelled} and {@link org.marac.portal.meeting.MinutesApproved}.
 */
package org.marac.portal.meeting;
