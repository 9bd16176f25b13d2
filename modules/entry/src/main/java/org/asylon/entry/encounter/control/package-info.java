/**
 * The rules and services of encounters: registration, screening clock, outcome decisions and
 * events.
 */
package org.asylon.entry.encounter.control;
