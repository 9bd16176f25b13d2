/**
 * The triage rules (pure, per profile) and the desk that applies them, records them and publishes
 * the change.
 */
package org.asylon.rsd.triage.control;
