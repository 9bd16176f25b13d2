/**
 * The trainer's report of a run (HTML with SVG charts, printable on A4, and CSV) and a trainee's
 * own feedback, from the scorer's scorecards; critical errors always first.
 */
package org.asylon.training.report;
