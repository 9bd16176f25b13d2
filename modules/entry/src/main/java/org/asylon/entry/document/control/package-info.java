/** Reading and checking the machine-readable zone (MRZ) of travel documents, ICAO Doc 9303. */
package org.asylon.entry.document.control;
