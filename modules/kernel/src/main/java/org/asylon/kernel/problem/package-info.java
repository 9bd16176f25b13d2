/**
 * One error contract for the whole suite: RFC 9457 problem details with a stable type URI per kind
 * of error, field names for invalid input, and never a stack trace or class name sent to a client.
 */
package org.asylon.kernel.problem;
