/**
 * The AVRR referral (the kernel's {@code PartnerSharing} on a return case) guarding voluntariness,
 * consent and purpose, its counselling sessions and post-arrival reports.
 */
package org.asylon.returns.avrr.entity;
