/** Travel documents, return operations and their monitoring over REST. */
package org.asylon.returns.operation.boundary;
