/**
 * The profile's decision rules, the decision desk, finality (endpoint and periodic job) and the
 * decision events.
 */
package org.asylon.rsd.decision.control;
