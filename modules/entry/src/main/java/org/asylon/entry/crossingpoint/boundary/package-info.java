/** The crossing-points endpoint and its request and response records. */
package org.asylon.entry.crossingpoint.boundary;
