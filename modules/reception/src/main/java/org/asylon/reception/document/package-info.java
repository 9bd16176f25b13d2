/**
 * Temporary documentation (10-Point Plan, point 4): the document issued to a registered person, its
 * printable certificate, and the check any official can make of whether a number is valid now.
 */
package org.asylon.reception.document;
