/**
 * The register of crossing points: registration by supervisors, lists and look-ups for every border
 * official.
 */
package org.asylon.entry.crossingpoint.control;
