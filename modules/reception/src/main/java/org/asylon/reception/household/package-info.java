/**
 * Registration groups as UNHCR's proGres keeps them: households and travel groups of arrivals, each
 * member related to one focal point, split and merged (family reunification) with history kept.
 */
package org.asylon.reception.household;
