/** Alternatives to detention over REST. */
package org.asylon.detention.alternative.boundary;
