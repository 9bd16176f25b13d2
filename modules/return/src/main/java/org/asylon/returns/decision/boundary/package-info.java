/** Return decisions and appeals against them over REST. */
package org.asylon.returns.decision.boundary;
