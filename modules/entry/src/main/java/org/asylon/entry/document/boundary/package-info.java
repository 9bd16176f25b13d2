/**
 * The document-readings endpoint: an MRZ read and checked for the officer, before anything is
 * registered.
 */
package org.asylon.entry.document.boundary;
