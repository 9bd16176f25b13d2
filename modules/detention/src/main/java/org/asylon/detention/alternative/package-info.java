/**
 * Alternatives to detention (UNHCR Detention Guideline 4.3 and Annex A): reporting, designated
 * residence, surrender of documents, a financial guarantee, a guarantor, community supervision,
 * case management — orders of their own with conditions and compliance records. A breach is a fact,
 * never an automatic detention.
 */
package org.asylon.detention.alternative;
