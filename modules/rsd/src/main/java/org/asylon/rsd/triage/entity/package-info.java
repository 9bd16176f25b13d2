/**
 * The country data triage decides with (recognition rates, safe countries of origin) and the track
 * history.
 */
package org.asylon.rsd.triage.entity;
