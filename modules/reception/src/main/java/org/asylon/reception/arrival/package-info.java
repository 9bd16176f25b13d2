/**
 * Arrivals: the people reception receives — referred from the border through the entry module's
 * feed, or walking in — and the channels they are referred to.
 */
package org.asylon.reception.arrival;
