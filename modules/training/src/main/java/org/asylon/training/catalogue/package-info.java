/**
 * The exercises the runner offers, read from the personas module's jar, with each exercise's cast
 * drawn from its cohort under its legal profile.
 */
package org.asylon.training.catalogue;
