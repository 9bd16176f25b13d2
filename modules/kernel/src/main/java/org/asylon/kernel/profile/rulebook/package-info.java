/** Generated, human-readable rule books of the legal profiles and a side-by-side comparison, in Markdown,
 * for the lawyers who check a profile without reading property files. */
package org.asylon.kernel.profile.rulebook;
