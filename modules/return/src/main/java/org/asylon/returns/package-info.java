/**
 * Return (10-Point Plan, point 9): return with dignity of people found not to need international
 * protection, assisted voluntary return and reintegration, alternative migration options as an
 * outcome, and the non-refoulement gate that every execution step passes at the moment it is taken
 * (DESIGN.md, invariant 1).
 */
package org.asylon.returns;
