/**
 * Recording an alternative outcome: the profile's list, the decision it replaces, the case closed.
 */
package org.asylon.returns.outcome.control;
