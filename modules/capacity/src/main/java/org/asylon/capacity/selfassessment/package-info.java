/**
 * Capacity self-assessment: a state answers the questionnaire built from the 10-Point Plan's Annex
 * I checklist ({@code capacity-kit/self-assessment/questionnaire.json}) and gets a gap report per
 * plan component, a recommended adoption sequence of Asylon modules and the legal profile to start
 * from.
 *
 * <p>The logic ({@link org.asylon.capacity.selfassessment.control.Scoring}, {@link
 * org.asylon.capacity.selfassessment.control.ProfileAdvisor}, {@link
 * org.asylon.capacity.selfassessment.control.AdoptionSequencer}, {@link
 * org.asylon.capacity.selfassessment.control.ReportPage}) is plain Java so that the command line
 * ({@link org.asylon.capacity.selfassessment.boundary.SelfAssessmentReport}) and the web form
 * ({@link org.asylon.capacity.selfassessment.boundary.SelfAssessmentResource}) give the same
 * report.
 */
package org.asylon.capacity.selfassessment;
