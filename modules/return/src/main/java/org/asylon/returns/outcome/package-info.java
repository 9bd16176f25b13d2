/**
 * Alternative migration outcomes (10-Point Plan, point 9): a return case ends in a regular stay for
 * work, study, family reunification or humanitarian reasons, as the profile lists them with their
 * legal basis, instead of a return.
 */
package org.asylon.returns.outcome;
