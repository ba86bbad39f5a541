/**
 * The data protection officer's work across modules: subject access requests. It sits above the case,
 * person and log modules because it gathers from all of them.
 */
package org.marac.portal.dataprotection;
