/**
 * Partners and consent (issue 4, capability 7): the partner organisations reception may refer
 * people to, the purposes each may receive data for and the fields each purpose allows; referrals
 * with the person's consent (or the documented reason it was not needed), and the withdrawal of
 * that consent.
 */
package org.asylon.reception.partner;
