/**
 * Independent monitoring of places of detention (OPCAT Arts 17–20; UNHCR Detention Guideline 10):
 * monitors record visits to any place without asking, private interviews only monitors read,
 * findings with what the records said at the time, and recommendations with the authority's answers
 * and their follow-up. Nobody but a monitor changes a monitor's record, nobody deletes one, and
 * every attempt is on the audit trail.
 */
package org.asylon.detention.monitoring;
