/** The temporary document, its number with check digits, and its status as of a day. */
package org.asylon.reception.document.entity;
