/**
 * Rights information leaflets for people arriving (10-Point Plan point 10): the texts in {@code
 * capacity-kit/leaflets}, served as printable HTML pages in every language the manifest lists, to
 * anyone (they are public information).
 */
package org.asylon.capacity.leaflet;
