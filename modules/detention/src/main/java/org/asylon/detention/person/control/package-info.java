/** The desk's register of people, and the followers of entry's, reception's and RSD's feeds. */
package org.asylon.detention.person.control;
