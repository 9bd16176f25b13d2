/**
 * Recording and reading the monitor's file, who may see it, the refusal (audited) of every other
 * attempt, the standards check of a place and the monitoring events.
 */
package org.asylon.detention.monitoring.control;
