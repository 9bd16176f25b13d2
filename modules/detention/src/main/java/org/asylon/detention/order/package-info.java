/**
 * Detention orders: the ground from the profile, lawful for the person's protection state; the
 * individual necessity and proportionality assessment; every alternative considered and why it
 * would not work; the maximum and review clocks from the profile; extensions, reviews, a ground
 * that lapses, release, and the held person's room.
 */
package org.asylon.detention.order;
