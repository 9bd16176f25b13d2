/**
 * The partner registry, the referral desk enforcing consent and purpose, and the partner events.
 */
package org.asylon.reception.partner.control;
