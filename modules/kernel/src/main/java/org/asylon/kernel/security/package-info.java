/**
 * Authentication and the suite's roles: embedded identity store for the default run, JWT bearer
 * tokens in production.
 */
package org.asylon.kernel.security;
