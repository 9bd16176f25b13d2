/** Alternative migration outcomes over REST. */
package org.asylon.returns.outcome.boundary;
