/** Facilities, rooms as measured, placements (current and past) and the living-space standard. */
package org.asylon.detention.place.entity;
