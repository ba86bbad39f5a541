/** Partner agencies, MARAC areas and the members who work for the agencies. */
package org.marac.portal.partner;
