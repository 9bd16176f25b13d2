package org.asylon.capacity.selfassessment.control;

/**
 * One module in the recommended order; {@code need} is the largest gap (0–100) among its
 * components.
 */
public record AdoptionStep(int position, AsylonModule module, int need, String reason) {}
