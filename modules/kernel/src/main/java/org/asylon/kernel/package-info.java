/**
 * The building blocks every Asylon module uses: problem responses, idempotent creation, optimistic
 * concurrency, the event feed, security, the audit trail, legal profiles and persistence.
 */
package org.asylon.kernel;
