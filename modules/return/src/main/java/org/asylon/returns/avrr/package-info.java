/**
 * Assisted voluntary return and reintegration (issue 12, capability 3; 10-Point Plan, point 9): the
 * AVRR partners, referrals of a return case to a partner with the person's consent and only the
 * fields the purpose allows, counselling, the departure confirmed through the gate, and the
 * partner's post-arrival and reintegration reports. The registry has the kernel's partner shape
 * ({@code org.asylon.kernel.partner}), as reception's.
 */
package org.asylon.returns.avrr;
