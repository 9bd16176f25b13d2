/**
 * The codes every module shares: countries (ISO 3166-1 alpha-3 plus the ICAO Doc 9303
 * travel-document codes), languages (ISO 639-3 with their English names) and dates of birth that
 * may be partial, each as a register shipped in this jar and a Bean Validation constraint for
 * request records.
 */
package org.asylon.kernel.code;
