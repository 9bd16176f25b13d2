/**
 * Legal profiles: the state-specific legal rules (time limits, calendars, definitions) loaded from
 * {@code capacity-kit/profiles}, validated at load, and the deadline calculator that applies them.
 */
package org.asylon.kernel.profile;
