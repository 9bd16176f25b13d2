/** Recording confinement days, runs of solitary confinement, and who is in it now. */
package org.asylon.detention.conditions.control;
