/** Ordering, following and ending alternatives to detention. */
package org.asylon.detention.alternative.control;
