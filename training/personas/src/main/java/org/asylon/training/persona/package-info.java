/**
 * Fictional personas for training, generated from a seed, each with its ground truth under a legal
 * profile, and the observation vocabulary ground truth, answer keys and scores share.
 */
package org.asylon.training.persona;
