/** The detained person, their protection state, and what the border said about them. */
package org.asylon.detention.person.entity;
