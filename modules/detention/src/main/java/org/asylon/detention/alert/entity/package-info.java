/** Alerts as raised and resolved, and the kinds there are. */
package org.asylon.detention.alert.entity;
