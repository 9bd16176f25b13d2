/**
 * The REST edge of encounters: the encounters, groups, batch and already-known endpoints, their
 * request records (translated into the control's commands) and the views they answer with.
 */
package org.asylon.entry.encounter.boundary;
