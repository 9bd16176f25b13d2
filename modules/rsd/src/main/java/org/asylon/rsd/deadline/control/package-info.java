/**
 * Which deadline rules apply and what meets them (pure), the book that keeps them, the sweep and
 * the queue.
 */
package org.asylon.rsd.deadline.control;
