/**
 * Issuing, extending, reviewing and releasing orders; their clocks from the profile; the queues.
 */
package org.asylon.detention.order.control;
