/**
 * Insight: problem profile dashboards for the area chair, an agency lead and the partnership, with charts
 * rendered on the server and a table beside each; small numbers withheld wherever figures go beyond the
 * area chair; hotspots by ward; CSV exports and a quarterly return logged as disclosures; and a daily
 * summary email of new high-risk nominations, newly listed cases and overdue actions, in counts and
 * references only.
 */
package org.marac.portal.insight;
