/** The applications API. */
package org.asylon.rsd.application.boundary;
