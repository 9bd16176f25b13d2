/**
 * Issuing, notifying, extending, changing and withdrawing return decisions, appeals, the confirmed
 * departure at the gate, the voluntary departure clock, and the bars a decision puts in the way of
 * a forced removal.
 */
package org.asylon.returns.decision.control;
