/**
 * The places API: facilities and rooms with capacity derived from the CPT minimums, live occupancy
 * and overcrowding for monitors (OPCAT Art 20(a)), re-measuring, and stock and flow per facility.
 */
package org.asylon.detention.place.boundary;
