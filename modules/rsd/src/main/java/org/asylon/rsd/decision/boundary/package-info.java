/**
 * The decision of an application: summary and reasons apart, review, notification, finalisation.
 */
package org.asylon.rsd.decision.boundary;
