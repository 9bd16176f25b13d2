/**
 * Households, their members and relationships, the history of changes, and the child-protection
 * flags.
 */
package org.asylon.reception.household.entity;
