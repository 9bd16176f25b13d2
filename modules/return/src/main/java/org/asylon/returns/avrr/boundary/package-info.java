/**
 * The AVRR API: partners, referrals of a case, counselling sessions, departure, post-arrival
 * reports; a partner's account sees only its own organisation's referrals.
 */
package org.asylon.returns.avrr.boundary;
