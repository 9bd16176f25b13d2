/** A case's deadlines, the sweep of what falls due, and the caseload queue. */
package org.asylon.rsd.deadline.boundary;
