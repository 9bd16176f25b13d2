/**
 * Appeals against first-instance decisions: lodged within the profile's window (late ones recorded
 * and flagged, never refused), suspensive or not per profile and track, decided by an officer
 * independent of the first-instance decision (confirm, overturn, remit).
 */
package org.asylon.rsd.appeal;
