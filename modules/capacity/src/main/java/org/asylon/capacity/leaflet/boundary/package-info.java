/** The public leaflet pages: an index, one language, one topic. */
package org.asylon.capacity.leaflet.boundary;
