/** The register of places, the standard read from the profile, and placing people in rooms. */
package org.asylon.detention.place.control;
