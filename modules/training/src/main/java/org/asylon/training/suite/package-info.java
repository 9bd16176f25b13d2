/**
 * The suite the runner trains on: its settings, the modules' own APIs called with the runner's
 * account, the check that every module is a training instance under the exercise's profile, and the
 * reading of their event feeds and audit trails.
 */
package org.asylon.training.suite;
