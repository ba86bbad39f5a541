package org.marac.portal.nomination;

/** A hate crime (a criminal offence perceived as motivated by hostility) or a hate incident (not a crime). */
public enum IncidentKind {
    CRIME,
    INCIDENT
}
