/**
 * Transliteration-tolerant "already known?" person matching: name keys, similarity, date and
 * nationality compatibility.
 */
package org.asylon.entry.person.control;
