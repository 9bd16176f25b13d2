/**
 * Generated, human-readable rule books of the legal profiles and a side-by-side comparison, in
 * Markdown, for the lawyers who check a profile without reading property files. A build-time tool:
 * it reads the profiles through the kernel's profile engine and writes {@code
 * capacity-kit/rulebooks}; nothing of it is deployed.
 */
package org.asylon.rulebook;
