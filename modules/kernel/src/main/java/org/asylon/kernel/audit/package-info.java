/**
 * The audit trail: who did what to which record, when, append-only and hash-chained so that an
 * edited, deleted or inserted row is detected; modules record through {@code boundary.AuditTrail},
 * auditors read it.
 */
package org.asylon.kernel.audit;
