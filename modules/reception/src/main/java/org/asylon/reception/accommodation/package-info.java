/**
 * Accommodation (10-Point Plan, point 4): facilities, their places by type, and who sleeps where.
 */
package org.asylon.reception.accommodation;
