/**
 * Capacity self-assessment: a state answers the questionnaire built from the 10-Point Plan's Annex I
 * checklist ({@code capacity-kit/self-assessment/questionnaire.json}) and gets a gap report per plan
 * component, a recommended adoption sequence of Asylon modules and the legal profile to start from.
 *
 * <p>The logic ({@link org.asylon.kernel.capacity.Scoring}, {@link org.asylon.kernel.capacity.ProfileAdvisor},
 * {@link org.asylon.kernel.capacity.AdoptionSequencer}, {@link org.asylon.kernel.capacity.ReportPage}) is plain
 * Java so that the command line ({@link org.asylon.kernel.capacity.SelfAssessmentReport}) and the kernel's
 * web form ({@link org.asylon.kernel.capacity.SelfAssessmentResource}) give the same report.
 */
package org.asylon.kernel.capacity;
