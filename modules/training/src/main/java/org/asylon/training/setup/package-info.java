/**
 * An exercise's setup: the calls the runner makes through the modules' own APIs before trainees
 * start (once per run, or once per trainee), with the placeholders of the exercise files expanded.
 */
package org.asylon.training.setup;
