/**
 * Creating, growing, splitting and merging households, at the desk or from the border's family
 * groups.
 */
package org.asylon.reception.household.control;
