/**
 * Appeal rules (lateness, suspensive effect, independence), the appeal desk and the appeal events.
 */
package org.asylon.rsd.appeal.control;
