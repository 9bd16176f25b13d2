/** One record per person and day, and the Mandela Rules' limits as read from the profile. */
package org.asylon.detention.conditions.entity;
