/**
 * Interviewers, interpreters, interviews and their notices, and the two RSD content records
 * (interview record, assessment). The rules that scheduling and the content records must satisfy
 * live here too.
 */
package org.asylon.rsd.casework.entity;
