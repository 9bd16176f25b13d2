/**
 * Idempotent creation: a retried POST with the same Idempotency-Key returns the first response and
 * creates nothing, even when the retries arrive in parallel (border posts have bad connections).
 */
package org.asylon.kernel.idempotency;
