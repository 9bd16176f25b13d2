/** Rights information leaflets for people arriving (10-Point Plan point 10): the texts in {@code capacity-kit/leaflets},
 * served as printable HTML pages in every language the manifest lists. */
package org.asylon.kernel.leaflets;
