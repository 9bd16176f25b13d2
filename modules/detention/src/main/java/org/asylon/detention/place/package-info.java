/**
 * Places of detention (OPCAT Art 4, 20(a)): facilities and their rooms, each room's capacity
 * derived from the living-space minimums of the legal profile (CPT), and who is placed where, so
 * occupancy and overcrowding are counted, never typed in.
 */
package org.asylon.detention.place;
