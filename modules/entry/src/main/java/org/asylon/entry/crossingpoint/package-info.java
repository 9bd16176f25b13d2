/** Crossing points: the land, air and sea border posts where encounters are registered. */
package org.asylon.entry.crossingpoint;
