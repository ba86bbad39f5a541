/**
 * The application shell: main layout, navigation and each member's home. Views elsewhere get the layout
 * through {@code @Layout}, so no module depends on the shell.
 */
package org.marac.portal.shell;
