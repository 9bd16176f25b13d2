package org.asylon.returns.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.returns.decision.entity.DecisionTerms.BanTerms;
import org.asylon.returns.decision.entity.ReturnLaw.Coded;

/**
 * An entry ban with its length and reasons. It runs from the day the person actually leaves ({@code
 * return.departure}, Return Directive 2008/115/EC, Art 11(2)) and lasts at most {@code
 * return.entry-ban.maximum} (in principle 5 years); longer, or indefinite where {@code
 * return.entry-ban.indefinite} allows it (CJEU C-446/24: individually reasoned), only on a ground
 * of {@code return.entry-ban.longer-grounds} (a serious threat to public policy, public security or
 * national security).
 */
@Embeddable
public class EntryBan {

    /** ISO-8601 period, e.g. P3Y; null for an indefinite ban. */
    @Column(name = "ban_duration")
    private String duration;

    @Column(name = "ban_indefinite")
    private Boolean indefinite;

    /** Comma-separated codes of return.entry-ban.longer-grounds. */
    @Column(name = "ban_longer_grounds")
    private String longerGrounds;

    /** The basis of the rule the length was checked against. */
    @Column(name = "ban_basis")
    private String basis;

    @Column(name = "ban_reasons")
    private String reasons;

    protected EntryBan() {}

    /**
     * The ban the terms ask for, checked against the profile's rules; null without terms.
     *
     * @param day the day of the decision, from which lengths in years, months and days are compared
     */
    public static EntryBan impose(BanTerms terms, ReturnLaw law, LocalDate day) {
        if (terms == null) {
            return null;
        }
        EntryBan ban = new EntryBan();
        ban.indefinite = terms.indefinite();
        String maximum = law.banMaximum().phrase();
        if (terms.indefinite()) {
            if (!VoluntaryDeparture.blank(terms.duration())) {
                throw ProblemException.invalidField(
                        "entryBan.duration", "leave it out for an indefinite ban");
            }
            if (!law.indefiniteBan().value() || law.longerBanGrounds().isEmpty()) {
                throw ProblemException.ruleViolated(
                        ReturnLaw.INDEFINITE_BAN,
                        law.banMaximum().basis(),
                        "The profile allows no indefinite entry ban: every ban has an end, at most "
                                + maximum
                                + " from departure"
                                + (law.longerBanGrounds().isPresent()
                                        ? " or longer on a ground of "
                                                + ReturnLaw.LONGER_BAN_GROUNDS
                                        : "")
                                + ".");
            }
            ban.longerGrounds(terms, law, maximum, true);
        } else {
            Period length = length(terms.duration());
            ban.duration = length.toString();
            if (law.banMaximum().exceededBy(length, day)) {
                ban.longerGrounds(terms, law, maximum, false);
            } else if (!terms.longerGrounds().isEmpty()) {
                throw ProblemException.invalidField(
                        "entryBan.longerGrounds",
                        "only for a ban longer than the profile's maximum of "
                                + maximum
                                + ", or an indefinite one");
            } else {
                ban.basis = law.banMaximum().basis();
            }
        }
        if (VoluntaryDeparture.blank(terms.reasons())) {
            throw ProblemException.invalidField(
                    "entryBan.reasons",
                    "is required: why this ban, and this length, for this person");
        }
        ban.reasons = terms.reasons().strip();
        return ban;
    }

    private void longerGrounds(BanTerms terms, ReturnLaw law, String maximum, boolean endless) {
        Optional<Coded> grounds = law.longerBanGrounds();
        if (grounds.isEmpty() || terms.longerGrounds().isEmpty()) {
            throw ProblemException.ruleViolated(
                    ReturnLaw.BAN_MAXIMUM,
                    law.banMaximum().basis(),
                    (endless ? "An indefinite entry ban" : "An entry ban longer than " + maximum)
                            + grounds.map(
                                            g ->
                                                    " only for a serious threat the profile names: "
                                                            + g.choices()
                                                            + ". Name it in"
                                                            + " entryBan.longerGrounds and give"
                                                            + " the individual reasons.")
                                    .orElse(
                                            " is not allowed: the profile names no ground for"
                                                    + " a longer ban."));
        }
        longerGrounds =
                VoluntaryDeparture.csv(
                        grounds.get().require("entryBan.longerGrounds", terms.longerGrounds()));
        basis =
                endless
                        ? law.indefiniteBan().basis()
                        : law.banMaximum().basis() + "; " + grounds.get().basis();
    }

    private static Period length(String text) {
        if (VoluntaryDeparture.blank(text)) {
            throw ProblemException.invalidField(
                    "entryBan.duration",
                    "is required: the length as ISO-8601 (e.g. P3Y, P18M), or indefinite: true");
        }
        try {
            Period p = Period.parse(text.strip());
            if (p.isNegative() || p.isZero()) {
                throw new DateTimeParseException("not positive", text, 0);
            }
            return p;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(
                    "entryBan.duration",
                    "must be a positive ISO-8601 length in years, months, weeks or days (e.g. P3Y,"
                            + " P18M)");
        }
    }

    /** The last day of the ban for a person who left on {@code departedOn}; empty if endless. */
    public Optional<LocalDate> lastDay(LocalDate departedOn) {
        if (indefinite()) {
            return Optional.empty();
        }
        return Optional.of(departedOn.plus(Period.parse(duration)).minusDays(1));
    }

    public String duration() {
        return duration;
    }

    public boolean indefinite() {
        return Boolean.TRUE.equals(indefinite);
    }

    public List<String> longerGrounds() {
        return VoluntaryDeparture.codes(longerGrounds);
    }

    public String basis() {
        return basis;
    }

    public String reasons() {
        return reasons;
    }
}
