/**
 * The self-assessment's two edges: the planners' web form and report, and the same report from the
 * command line.
 */
package org.asylon.capacity.selfassessment.boundary;
