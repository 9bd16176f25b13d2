/**
 * The case-work API: interviewers, interpreters, interviews, notices, interview records,
 * assessments.
 */
package org.asylon.rsd.casework.boundary;
