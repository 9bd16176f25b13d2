/**
 * Alerts: the work queue of what needs action now in detention (a child detained, a review due or
 * overdue, a maximum reached, a room over its capacity, prolonged solitary confinement, a person
 * held on a ground that lapsed), raised and resolved by a sweep over the conditions each area
 * reports ({@link org.asylon.detention.alert.control.AlertSource}), with an event for each. The
 * package depends on no other area: the areas depend on it.
 */
package org.asylon.detention.alert;
