/**
 * Readmission (10-Point Plan, point 8, secondary movements): requests between states to take a
 * person back or take charge of them, under whatever regime binds the two (the AMMR, Dublin III for
 * the transition, a readmission agreement), answered through a signed state-to-state API, with
 * tacit acceptance applied when a reply period passes, only the fields the regime allows leaving
 * the state, and a protection check before every transfer (DESIGN.md, invariant 1).
 */
package org.asylon.readmission;
