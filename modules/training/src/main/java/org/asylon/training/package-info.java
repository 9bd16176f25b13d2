/**
 * The trainer's exercise runner (issue 15; 10-Point Plan, point 1, capacity building): it opens
 * runs of the training exercises on a training instance of the suite, makes trainee accounts, loads
 * the exercise's personas through the modules' own APIs and scores each trainee from the modules'
 * feeds and audit trails against the answer key. It refuses to start anywhere but on a training
 * instance.
 */
package org.asylon.training;
