/**
 * Return decisions: the ground and its legal basis, the voluntary departure period from the profile
 * (shortened, refused or extended only on the profile's grounds, with reasons), the entry ban
 * within the profile's maximum, the country of return (never one the person fears), notification,
 * the appeal and its suspensive effect, and the voluntary departure confirmed at the gate.
 */
package org.asylon.returns.decision;
