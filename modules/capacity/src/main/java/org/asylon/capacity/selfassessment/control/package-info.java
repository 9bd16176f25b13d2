/**
 * The questionnaire, answer sheets and the rules that turn them into a report: scoring per plan
 * component, the profile to start from, the order in which to adopt the modules; and the printable
 * form and report pages.
 */
package org.asylon.capacity.selfassessment.control;
