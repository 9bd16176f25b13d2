/**
 * Encounters: every meeting of a border official with a person (regular crossing, apprehension,
 * interception or rescue at sea, a request for protection at a crossing point), the groups people
 * arrive in, and the protection-sensitive outcome decided for each person.
 */
package org.asylon.entry.encounter;
