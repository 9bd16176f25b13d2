/**
 * Conditions of detention a monitor must see: solitary confinement recorded day by day and checked
 * against the Nelson Mandela Rules 43-45 (22 hours or more a day without meaningful human contact;
 * prohibited beyond 15 consecutive days; only with a competent authority's authorisation; never for
 * a person whose disability it would worsen), with the limits read from the legal profile.
 */
package org.asylon.detention.conditions;
