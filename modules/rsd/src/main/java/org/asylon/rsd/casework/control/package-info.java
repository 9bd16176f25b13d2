/**
 * Registering staff, booking interviews safely under concurrency, notices, and writing RSD content
 * records.
 */
package org.asylon.rsd.casework.control;
