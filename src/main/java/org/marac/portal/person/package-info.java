/**
 * People in cases (victims, perpetrators, witnesses, family): identity, communication preferences,
 * equality data, and "possible same person" matching. Access to a person is always through a case.
 */
package org.marac.portal.person;
