/**
 * Border entry (10-Point Plan, point 3): crossing points, encounters, documents, screening and
 * protection-sensitive outcomes.
 */
package org.asylon.entry;
