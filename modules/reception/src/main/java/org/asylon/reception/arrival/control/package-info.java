/**
 * Registering arrivals (from the border's feed or at the desk) and their referrals, with the
 * events.
 */
package org.asylon.reception.arrival.control;
