/**
 * The partners API and the partner-referrals API, where partner accounts see only their own
 * referrals.
 */
package org.asylon.reception.partner.boundary;
