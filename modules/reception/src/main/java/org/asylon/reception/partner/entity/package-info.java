/**
 * Partners with their purposes and fields, referrals to them with consent, and the shared fields.
 */
package org.asylon.reception.partner.entity;
