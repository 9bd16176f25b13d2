/**
 * The AVRR partner registry, the referral desk (who sees which referral, the departure through the
 * gate), counselling, post-arrival reports and their events.
 */
package org.asylon.returns.avrr.control;
