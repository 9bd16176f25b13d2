/**
 * Issuing and revoking documents, their validity from the profile, the certificate and its QR code,
 * events.
 */
package org.asylon.reception.document.control;
