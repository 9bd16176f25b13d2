/**
 * Triage and override of an application's track; recognition rates and safe countries of origin.
 */
package org.asylon.rsd.triage.boundary;
