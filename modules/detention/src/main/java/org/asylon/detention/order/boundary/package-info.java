/** Detention orders over REST: issue, read, list, extend, review, release, move. */
package org.asylon.detention.order.boundary;
