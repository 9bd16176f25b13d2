/**
 * Applications created from reception's asylum referrals: RSD follows reception's event feed,
 * remembers who each arrival is and what was assessed, and opens exactly one application per
 * arrival referred to the asylum procedure.
 */
package org.asylon.rsd.intake;
