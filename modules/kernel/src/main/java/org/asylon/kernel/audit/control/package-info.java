/**
 * The audit trail modules inject ({@code AuditTrail.record(...)}, in the caller's transaction),
 * appending to the chain under the {@code audit-chain} lock, and verifying it page by page.
 */
package org.asylon.kernel.audit.control;
