/** The accommodation API: facilities with live occupancy, allocation and transfer of arrivals. */
package org.asylon.reception.accommodation.boundary;
