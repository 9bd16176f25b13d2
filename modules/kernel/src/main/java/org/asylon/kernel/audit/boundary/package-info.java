/**
 * What modules inject to record ({@code AuditTrail}) and the auditors' REST resource with its JSON records.
 */
package org.asylon.kernel.audit.boundary;
