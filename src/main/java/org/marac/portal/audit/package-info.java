/**
 * The Data Protection Act 2018 s.62 processing log: every collection, alteration, consultation,
 * disclosure, combination and erasure of personal data, written in the transaction that does it,
 * hash-chained and append-only.
 */
package org.marac.portal.audit;
