/**
 * Visits, interviews, findings, amendments, recommendations with answers and follow-ups: the
 * monitor's file, kept as recorded.
 */
package org.asylon.detention.monitoring.entity;
