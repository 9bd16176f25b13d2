/** The arrivals API: register at the desk, read, record asylum wishes, decide referrals. */
package org.asylon.reception.arrival.boundary;
