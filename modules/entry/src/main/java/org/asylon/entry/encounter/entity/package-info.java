/** The encounter aggregate, its value objects and the groups people arrive in. */
package org.asylon.entry.encounter.entity;
