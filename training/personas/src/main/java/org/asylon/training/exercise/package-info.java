/** Training exercises as data, their cast drawn from a cohort, and the validation of their keys. */
package org.asylon.training.exercise;
