/**
 * Requesting travel documents, planning and carrying out return operations through the gate, what
 * stands in the way of a removal in this area, forced-return and post-return monitoring.
 */
package org.asylon.returns.operation.control;
