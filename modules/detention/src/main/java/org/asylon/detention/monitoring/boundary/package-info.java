/** The REST edge of independent monitoring: visits, interviews, findings, recommendations. */
package org.asylon.detention.monitoring.boundary;
