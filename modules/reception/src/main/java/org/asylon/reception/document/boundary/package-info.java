/** The documents API: issue per arrival, read, revoke, print the certificate, verify a number. */
package org.asylon.reception.document.boundary;
