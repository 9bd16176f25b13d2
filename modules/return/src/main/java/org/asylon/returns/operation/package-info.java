/**
 * Travel documents and return operations (issue 12, capability 5): the laissez-passer requested
 * from the consulate of the country of return, the removal by flight or by a land or sea crossing
 * with its escorts, medical fitness to travel and forced-return monitor, the execution steps that
 * pass the gate and close the case, the monitors' observations and the reports after return.
 */
package org.asylon.returns.operation;
