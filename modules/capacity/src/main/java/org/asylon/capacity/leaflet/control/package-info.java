/** The shipped leaflets, read and checked once, and their rendering as printable A4 pages. */
package org.asylon.capacity.leaflet.control;
