/**
 * RSD's own copy of what reception published about an arrival (person, child flag, vulnerability
 * codes).
 */
package org.asylon.rsd.intake.entity;
