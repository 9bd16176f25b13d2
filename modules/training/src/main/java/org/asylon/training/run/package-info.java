/**
 * A trainer's run of one exercise: opened on a checked training instance with its shared setup
 * loaded, trainees added with their own accounts and copies of the records, scored from the
 * modules' trails at any time, and closed with its final scorecards kept.
 */
package org.asylon.training.run;
