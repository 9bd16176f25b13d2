/**
 * Case work (issue 5, capability 3): the interviewers and interpreters registry, interview
 * scheduling that honours same-gender requests, appointment notices, and the RSD content of a case
 * — the interview record and the assessment — readable only by the file holders.
 */
package org.asylon.rsd.casework;
