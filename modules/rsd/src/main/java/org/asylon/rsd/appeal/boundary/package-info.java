/**
 * The appeal of an application: lodging, admission out of time, the appeal decision, summary and
 * reasons apart.
 */
package org.asylon.rsd.appeal.boundary;
