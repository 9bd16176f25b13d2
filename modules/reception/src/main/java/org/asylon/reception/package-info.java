/**
 * Reception (10-Point Plan, points 4 and 5): arrivals from the border or walking in, and their
 * referral — never standing between a person and the asylum procedure.
 */
package org.asylon.reception;
