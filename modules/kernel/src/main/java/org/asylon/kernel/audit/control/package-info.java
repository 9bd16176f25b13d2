/**
 * Appending to the chain under the {@code audit-chain} lock, and verifying it page by page; plain classes
 * that take the caller's {@code EntityManager}, so they run in the caller's transaction.
 */
package org.asylon.kernel.audit.control;
