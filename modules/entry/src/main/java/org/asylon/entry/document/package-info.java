/** Travel documents: reading and checking the machine-readable zone (ICAO Doc 9303). */
package org.asylon.entry.document;
