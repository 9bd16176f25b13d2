/** The conditions API: a person's confinement days, their runs, and the queue of prolonged ones. */
package org.asylon.detention.conditions.boundary;
