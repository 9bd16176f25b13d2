/** The sweep that reconciles open alerts with the conditions the areas report, and its schedule. */
package org.asylon.detention.alert.control;
