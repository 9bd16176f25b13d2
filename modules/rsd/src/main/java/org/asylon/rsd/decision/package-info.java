/**
 * First-instance decisions: the outcome with its legal basis from the active profile, written
 * reasons, four-eyes review where the profile asks for it, the notification record that starts the
 * appeal window, and finality once the window has passed.
 */
package org.asylon.rsd.decision;
