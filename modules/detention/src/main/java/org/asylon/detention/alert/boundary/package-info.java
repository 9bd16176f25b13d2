/** The alert queue over REST. */
package org.asylon.detention.alert.boundary;
