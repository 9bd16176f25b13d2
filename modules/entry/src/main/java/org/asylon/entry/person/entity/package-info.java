/**
 * The person's values kept on an encounter: a date of birth as people at a border know it (partial,
 * estimated).
 */
package org.asylon.entry.person.entity;
