package org.asylon.capacity.selfassessment.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the reference legal profile from the profile questions. The rules are checked in order
 * and the first that holds wins: not party to the 1951 Convention or Protocol →
 * non-convention-mandate; OAU Convention → oau-1969; Cartagena definition in national law →
 * cartagena-1984; EU Member State → eu-pact-2026; otherwise convention-1951. The order puts the
 * regime that changes most rules first: without the Convention there is no national procedure to
 * configure at all, and the regional definitions widen who is a refugee, which every later module
 * reads.
 */
public final class ProfileAdvisor {

    public static final String FALLBACK = "convention-1951";
    static final String PROFILES = "asylon/profiles/";

    private record Rule(
            String profile, String questionId, String trigger, String question, String why) {

        boolean holds(AnswerSheet sheet) {
            return trigger.equals(sheet.profileAnswer(questionId));
        }

        String answered(AnswerSheet sheet) {
            return question + " Answer: " + sheet.profileAnswer(questionId) + ".";
        }
    }

    private static final List<Rule> RULES =
            List.of(
                    new Rule(
                            "non-convention-mandate",
                            "party-1951",
                            "no",
                            "Party to the 1951 Convention or its 1967 Protocol?",
                            "for a state party to neither, where UNHCR registers and determines status under its mandate; the "
                                    + "Plan's discussion paper notes that in such states protection may come through migration, labour "
                                    + "and human rights regimes (paragraph 66, paraphrased)"),
                    new Rule(
                            "oau-1969",
                            "oau-1969",
                            "yes",
                            "Party to the 1969 OAU Convention?",
                            "applies the extended refugee definition of Article I(2) of the OAU Convention"),
                    new Rule(
                            "cartagena-1984",
                            "cartagena-1984",
                            "yes",
                            "Cartagena Declaration's extended definition in national law?",
                            "applies the Cartagena Declaration's extended definition as national law does"),
                    new Rule(
                            "eu-pact-2026",
                            "eu-member-state",
                            "yes",
                            "EU Member State?",
                            "for the Pact on Migration and Asylum regulations applying from 12 June 2026"));

    public ProfileRecommendation recommend(AnswerSheet sheet) {
        List<String> reasoning = new ArrayList<>();
        String chosen = null;
        for (Rule rule : RULES) {
            if (chosen == null && rule.holds(sheet)) {
                chosen = rule.profile();
                reasoning.add(
                        rule.answered(sheet) + " → " + rule.profile() + ", " + rule.why() + ".");
            } else if (chosen == null) {
                reasoning.add(rule.answered(sheet) + " → not " + rule.profile() + ".");
            } else if (rule.holds(sheet)) {
                reasoning.add(
                        rule.answered(sheet)
                                + " Noted, but "
                                + chosen
                                + " takes precedence; carry the rules of "
                                + rule.profile()
                                + " that your law requires into your own profile.");
            }
        }
        if (chosen == null) {
            chosen = FALLBACK;
            reasoning.add(
                    "No rule above applies → "
                            + FALLBACK
                            + ", for a state party to the 1951 Convention / 1967 Protocol with its own asylum procedure.");
        }
        boolean shipped = shipped(chosen);
        return new ProfileRecommendation(
                chosen,
                shipped,
                shipped ? chosen : FALLBACK,
                reasoning,
                notes(chosen, shipped, sheet.profileAnswer("rsd-conducted-by")));
    }

    private static List<String> notes(String profile, boolean shipped, String rsdBy) {
        List<String> notes = new ArrayList<>();
        if (!shipped) {
            notes.add(
                    profile
                            + " is being added to the capacity kit and is not in this installation yet; until it is, "
                            + "start from "
                            + FALLBACK
                            + " and write the regional definition into your own profile.");
        }
        boolean mandate = profile.equals("non-convention-mandate");
        if (mandate && "national-authority".equals(rsdBy)) {
            notes.add(
                    "You answered that a national authority determines status: in your own profile that extends "
                            + profile
                            + ", set entry.protection-request.referral = national-asylum-authority.");
        } else if (mandate && "none".equals(rsdBy)) {
            notes.add(
                    "Nobody determines status today. The profile refers claims to UNHCR (entry.protection-request.referral "
                            + "= unhcr-mandate); agree this with UNHCR: where there is no functioning national asylum procedure, "
                            + "Annex I (objective 6, activity 2) has UNHCR assume responsibility for RSD.");
        } else if (!mandate && "unhcr".equals(rsdBy)) {
            notes.add(
                    "UNHCR determines status although the state is party: in your own profile that extends "
                            + profile
                            + ", set entry.protection-request.referral = unhcr-mandate until the national procedure works.");
        } else if (!mandate && "none".equals(rsdBy)) {
            notes.add(
                    "Nobody determines status today although the state is party: the rsd module and this profile "
                            + "give the national procedure its rules.");
        }
        if (mandate) {
            notes.add(
                    "When the state establishes its own asylum procedure, write a profile that extends convention-1951 "
                            + "and adopt the rsd module.");
        }
        return notes;
    }

    static boolean shipped(String profile) {
        return ProfileAdvisor.class.getClassLoader().getResource(PROFILES + profile + ".profile")
                != null;
    }
}
