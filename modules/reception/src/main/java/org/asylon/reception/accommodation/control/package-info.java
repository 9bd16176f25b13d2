/**
 * Registering facilities, allocating and transferring under the placement rules, with events and
 * audit.
 */
package org.asylon.reception.accommodation.control;
