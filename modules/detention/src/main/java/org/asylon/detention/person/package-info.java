/**
 * The people detention deals with: handed over from the border (entry's feed) or registered at the
 * desk, and their protection state (from the border, RSD's feed, or a check at the desk), which
 * decides which grounds of detention are lawful.
 */
package org.asylon.detention.person;
