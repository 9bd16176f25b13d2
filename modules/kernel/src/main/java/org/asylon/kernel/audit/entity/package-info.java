/**
 * The audit record as stored, what a caller asks to record, and the canonical encoding that the
 * chain's hashes are computed over.
 */
package org.asylon.kernel.audit.entity;
