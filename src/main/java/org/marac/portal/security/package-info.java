/**
 * Login through OpenID Connect only, the member behind each login (roles re-read on every request), the
 * development identity provider, and the member administration.
 */
package org.marac.portal.security;
