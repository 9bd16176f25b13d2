/**
 * Triage: which procedure track of the active profile an application is examined in, by the
 * profile's grounds (decided from data where data can decide them, indicated by an officer where
 * they need judgement), never into a track the profile excludes an unaccompanied child or an
 * applicant with special procedural needs from; officers may override with written reasons.
 */
package org.asylon.rsd.triage;
