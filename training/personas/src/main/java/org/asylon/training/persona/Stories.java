package org.asylon.training.persona;

import java.util.ArrayList;
import java.util.List;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.code.Country;
import org.asylon.kernel.code.SpecificNeeds;
import org.asylon.training.persona.Persona.ProtectionIntent.Moment;

/** The few sentences an officer hears from or about a persona, in English; all invented. */
final class Stories {

    private static final String[] AT_BORDER_WORDS = {
        "I cannot go back. I ask you for protection.",
        "Please, I want asylum here.",
        "If they send me back they will kill me.",
        "Asked only when the officer asked why they came: \"I am afraid to go home.\""
    };

    private Stories() {}

    /** What the person says when asking for protection, as the officer notes it; null for never. */
    static String words(Moment moment, String where, String reason, int variant) {
        if (moment == Moment.AT_BORDER) {
            return AT_BORDER_WORDS[variant % AT_BORDER_WORDS.length];
        }
        if (moment == Moment.NEVER) {
            return null;
        }
        return switch (where) {
            case "reception" ->
                    "Told the reception counsellor two days after arriving: \"I did not dare say it"
                            + " at the border. I cannot go back, I want to ask for asylum.\"";
            case "detention" ->
                    "Told a monitor during a visit to the detention centre that they fear going"
                            + " back and want to apply for asylum.";
            default ->
                    "Said for the first time at the return desk: \"Do not send me back, I will"
                            + " ask for asylum.\"";
        };
    }

    static String story(Persona p, String country, String reason, int age) {
        List<String> s = new ArrayList<>();
        String they = "F".equals(p.sex()) ? "She" : "He";
        String their = "F".equals(p.sex()) ? "her" : "his";
        String them = "F".equals(p.sex()) ? "her" : "him";
        String subject = they.toLowerCase(java.util.Locale.ROOT);
        s.add(
                p.statedGivenNames()
                        + " "
                        + p.statedSurname()
                        + (p.dateOfBirthEstimated() ? ", about " : ", ")
                        + age
                        + ", from "
                        + country
                        + " (fictional person).");
        if (p.unaccompaniedChild()) {
            s.add(they + " travelled alone; no parent or relative is with " + them + ".");
        } else if (p.separatedChild()) {
            s.add(they + " travels with an adult relative, not with " + their + " parents.");
        } else if (p.travel() != null && "BOAT".equals(p.travel().kind())) {
            s.add(they + " came by boat with people " + subject + " met on the way.");
        } else if (p.travel() != null && "FAMILY".equals(p.travel().kind())) {
            s.add(they + " travels with " + their + " family (" + p.travel().role() + ").");
        } else if (p.travel() != null) {
            s.add(they + " crossed by land in a small group.");
        }
        if (p.intent().moment() != Moment.NEVER && p.otherOptions().isEmpty()) {
            s.add(they + " says " + subject + " " + reason + ".");
        } else if (p.intent().moment() != Moment.NEVER) {
            s.add(they + " says " + subject + " " + reason + ", and has relatives settled here.");
        } else if (!p.otherOptions().isEmpty()) {
            s.add(
                    switch (p.otherOptions().get(0)) {
                        case LABOUR -> they + " came to work and has a job offer in construction.";
                        case STUDY -> they + " has a place at a university here and came to study.";
                        case FAMILY ->
                                they
                                        + " wants to join "
                                        + their
                                        + " spouse, who lives and works here.";
                    });
        } else {
            s.add(they + " says " + subject + " came to find work.");
        }
        s.add(
                switch (p.document().state()) {
                    case VALID -> they + " shows a passport.";
                    case EXPIRED ->
                            they
                                    + " shows a passport that expired on "
                                    + p.document().expiryDate()
                                    + ".";
                    case FORGED ->
                            they
                                    + " shows a passport; its machine-readable zone does not read cleanly.";
                    case ABSENT -> they + " has no travel document.";
                });
        for (String need : p.specificNeeds()) {
            if (!need.startsWith("SC")) {
                s.add("The officer notices: " + SpecificNeeds.label(need).toLowerCase() + ".");
            }
        }
        if (p.knownElsewhere() != null) {
            String state =
                    Countries.find(p.knownElsewhere().state())
                            .map(Country::name)
                            .orElse(p.knownElsewhere().state());
            s.add(
                    they
                            + " was registered in "
                            + state
                            + " ("
                            + p.knownElsewhere().what()
                            + ", "
                            + p.knownElsewhere().since()
                            + ").");
        }
        if (p.intent().moment() == Moment.AT_BORDER) {
            s.add("At the counter: " + p.intent().words());
        }
        return String.join(" ", s);
    }
}
