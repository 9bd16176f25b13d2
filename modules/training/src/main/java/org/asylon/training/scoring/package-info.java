/**
 * Scores trainees from what the modules' event feeds and audit trails show them doing, against an
 * exercise's answer key and critical errors. Pure Java: the runner reads the feeds and calls it.
 */
package org.asylon.training.scoring;
