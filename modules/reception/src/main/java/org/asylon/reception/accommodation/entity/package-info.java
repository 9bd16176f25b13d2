/** Facilities, allocations (current and past) and the placement rules they must satisfy. */
package org.asylon.reception.accommodation.entity;
