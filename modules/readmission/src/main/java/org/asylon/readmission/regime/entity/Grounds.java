package org.asylon.readmission.regime.entity;

/**
 * What changes a request's time limits: a Eurodac or VIS hit, a detained person, an urgent request.
 */
public record Grounds(boolean hitBased, boolean detained, boolean urgent) {}
