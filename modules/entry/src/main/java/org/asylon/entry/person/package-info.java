/**
 * The person met at the border: names in both scripts, partial dates of birth, nationalities,
 * languages, and the "already known?" search.
 */
package org.asylon.entry.person;
