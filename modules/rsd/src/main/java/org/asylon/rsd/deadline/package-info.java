/**
 * Deadlines: every time limit of the active profile computed for each case from its recorded
 * anchors and its track, closed by the stage change that meets it, shown with its rule and basis,
 * alerted before and when overdue, swept across all open cases; and the caseload queue ordered by
 * them.
 */
package org.asylon.rsd.deadline;
