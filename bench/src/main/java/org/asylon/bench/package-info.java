/**
 * Benchmarks that print figures: the registration API against raw JDBC writing the same rows in the
 * same transactions, and the deadline sweep. Never timed assertions; run them and read the numbers.
 */
package org.asylon.bench;
