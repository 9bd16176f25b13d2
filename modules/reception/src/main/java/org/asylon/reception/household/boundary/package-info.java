/**
 * The households API: create at the desk, read, add a member, split, merge (all changes with
 * If-Match).
 */
package org.asylon.reception.household.boundary;
