/**
 * The shape of a partner registry, shared by every module that refers people to partner
 * organisations (reception, return): partners with the purposes they may receive data for and the
 * fields each purpose allows, and referrals that share only those fields, on the person's consent
 * or a documented reason it was not needed, until that consent is withdrawn. Each module keeps its
 * own registry in its own database; the kernel fixes the rules and the column names, so that a
 * partner record and a referral mean the same thing wherever they are kept.
 */
package org.asylon.kernel.partner;
