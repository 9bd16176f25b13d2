/** The auditors' REST resource with its JSON records. */
package org.asylon.kernel.audit.boundary;
