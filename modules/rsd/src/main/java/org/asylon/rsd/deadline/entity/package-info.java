/** The anchors recorded for each case and the deadlines computed from them. */
package org.asylon.rsd.deadline.entity;
