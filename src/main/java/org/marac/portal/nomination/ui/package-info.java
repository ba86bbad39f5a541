/** The case views; the shell links to them from each member's home. */
@org.springframework.modulith.NamedInterface("ui")
package org.marac.portal.nomination.ui;
