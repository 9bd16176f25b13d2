package org.asylon.kernel.partner;

/**
 * The names a module gives the two rules of sharing with a partner, and their legal basis, so that
 * a refusal names the rule as that module documents it ({@code reception.partner.consent}, {@code
 * return.avrr.consent}, ...).
 *
 * @param consent the rule that sharing needs the person's consent or a documented reason it was not
 *     needed
 * @param purpose the rule that a partner receives data only for a purpose it is registered for
 * @param basis the legal basis both refusals cite
 */
public record SharingRules(String consent, String purpose, String basis) {}
