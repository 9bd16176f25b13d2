/**
 * Sign-in for the officers' web app: {@code POST/GET/DELETE session} turn a user name and password
 * into the {@code asylon_session} cookie and its CSRF token, and back. The sessions themselves and
 * the reading of the cookie on every request are in {@code security}; this package sits apart
 * because it also writes the audit trail, which depends on {@code security}.
 */
package org.asylon.kernel.session;
