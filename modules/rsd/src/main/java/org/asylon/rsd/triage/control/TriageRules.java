package org.asylon.rsd.triage.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ListItem;

/**
 * The triage rules of a profile, without persistence. Tracks are the codes of the profile's {@value
 * #TRACKS}, the first being the default; every other track with a grounds list is entered through
 * it, tried in the order the profile lists the tracks. The grounds list of a border-procedure track
 * ({@value #BORDER_PROCEDURE_TRACKS}) is {@value #BORDER_GROUNDS}, and such a track is open only to
 * applications made at the border; the grounds list of any other track {@code t} is {@code
 * asylum.t.grounds} ({@code asylum.accelerated.grounds}, {@code asylum.prioritised.grounds}).
 * Grounds data can decide are decided here ({@code recognition-rate}, {@code
 * safe-country-of-origin}, {@code specific-needs}); every other ground needs an officer's judgement
 * and holds only when the officer indicates it.
 *
 * <p>No track the profile excludes an unaccompanied child ({@value #UAC_EXCLUDED}, APR Art 53 in
 * the EU profile) or an applicant with special procedural needs ({@value #SPN_EXCLUDED}) from is
 * ever chosen, and an override into one is refused.
 */
public final class TriageRules {

    public static final String TRACKS = "asylum.procedure.tracks";
    public static final String BORDER_PROCEDURE_TRACKS = "asylum.border-procedure.tracks";
    public static final String BORDER_GROUNDS = "asylum.border-procedure.grounds";
    public static final String RATE_THRESHOLD = "asylum.recognition-rate-threshold";
    public static final String UAC_EXCLUDED = "asylum.unaccompanied-children.excluded-tracks";
    public static final String SPN_EXCLUDED = "asylum.special-procedural-needs.excluded-tracks";

    /** Grounds the software decides from data; every other ground code needs an officer. */
    public static final String RECOGNITION_RATE = "recognition-rate";

    public static final String SAFE_COUNTRY = "safe-country-of-origin";
    public static final String SPECIFIC_NEEDS = "specific-needs";

    /** A track entered through a grounds list. */
    private record Entry(String track, String rule) {}

    private final LegalProfile profile;

    public TriageRules(LegalProfile profile) {
        this.profile = profile;
    }

    public List<String> tracks() {
        return profile.list(TRACKS).stream().map(ListItem::code).toList();
    }

    /**
     * Whether {@code track} is the border procedure, by the profile's {@value
     * #BORDER_PROCEDURE_TRACKS}.
     */
    public boolean borderProcedure(String track) {
        return track != null
                && profile.has(BORDER_PROCEDURE_TRACKS)
                && profile.list(BORDER_PROCEDURE_TRACKS).stream()
                        .anyMatch(i -> i.code().equals(track));
    }

    /**
     * The name of the grounds list that leads into {@code track}, whether or not the profile has
     * it.
     */
    public String groundsRule(String track) {
        return borderProcedure(track) ? BORDER_GROUNDS : "asylum." + track + ".grounds";
    }

    /** The tracks the profile's grounds lists lead into, in the order triage tries them. */
    private List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String track : tracks()) {
            String rule = groundsRule(track);
            if (profile.has(rule)) {
                entries.add(new Entry(track, rule));
            }
        }
        return entries;
    }

    /** Every ground code an officer may indicate: the items of the profile's grounds lists. */
    public Set<String> groundCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (Entry e : entries()) {
            profile.list(e.rule()).forEach(i -> codes.add(i.code()));
        }
        return codes;
    }

    /**
     * Refuses (422 naming the field) a ground code that is in none of the profile's grounds lists.
     */
    public void requireKnownGrounds(Collection<String> grounds) {
        Set<String> known = groundCodes();
        int i = 0;
        for (String g : grounds) {
            if (g == null || !known.contains(g)) {
                throw ProblemException.invalidField(
                        "grounds[" + i + "]",
                        "'"
                                + g
                                + "' is not a ground of profile "
                                + profile.name()
                                + (known.isEmpty()
                                        ? " (it lists none)"
                                        : "; one of " + String.join(", ", known)));
            }
            i++;
        }
    }

    /**
     * The grounds list through which {@code ground} leads into {@code track}; 422 naming the field
     * otherwise.
     */
    public String groundRule(String track, String ground) {
        for (Entry e : entries()) {
            if (e.track().equals(track)
                    && profile.list(e.rule()).stream().anyMatch(i -> i.code().equals(ground))) {
                return e.rule();
            }
        }
        throw ProblemException.invalidField(
                "ground",
                "'"
                        + ground
                        + "' is not a ground of profile "
                        + profile.name()
                        + " for the "
                        + track
                        + " track");
    }

    public TrackDecision triage(
            Applicant applicant, CountryFacts facts, Collection<String> officerGrounds) {
        requireKnownGrounds(officerGrounds);
        List<String> tracks = tracks();
        List<String> passedOver = new ArrayList<>();
        for (Entry e : entries()) {
            for (ListItem ground : profile.list(e.rule())) {
                Optional<String> holds =
                        officerGrounds.contains(ground.code())
                                ? Optional.of("indicated by the officer")
                                : decidedByData(ground.code(), applicant, facts);
                if (holds.isEmpty()) {
                    continue;
                }
                String why =
                        e.track()
                                + ": ground "
                                + ground.code()
                                + " of "
                                + e.rule()
                                + " ("
                                + ground.basis()
                                + "): "
                                + holds.get();
                if (borderProcedure(e.track()) && !applicant.madeAtBorder()) {
                    passedOver.add(
                            why + "; not applied: the application was not made at the border");
                    break;
                }
                Optional<Exclusion> excluded = exclusion(applicant, e.track());
                if (excluded.isPresent()) {
                    passedOver.add(why + "; not applied: " + excluded.get().detail());
                    break;
                }
                return new TrackDecision(
                        e.track(), e.rule(), ground.code(), why + passed(passedOver), passedOver);
            }
        }
        String fallback = tracks.get(0);
        return new TrackDecision(
                fallback,
                TRACKS,
                null,
                fallback + ": no ground of the profile's grounds lists holds" + passed(passedOver),
                passedOver);
    }

    private static String passed(List<String> passedOver) {
        return passedOver.isEmpty() ? "" : " (passed over: " + String.join("; ", passedOver) + ")";
    }

    /** Whether the rules forbid {@code track} for this applicant, with the rule and its basis. */
    public Optional<Exclusion> exclusion(Applicant applicant, String track) {
        if (applicant.unaccompaniedChild()) {
            Optional<Exclusion> e = excludedBy(UAC_EXCLUDED, track, "an unaccompanied child");
            if (e.isPresent()) {
                return e;
            }
        }
        if (applicant.specialProceduralNeeds()) {
            return excludedBy(SPN_EXCLUDED, track, "an applicant with special procedural needs");
        }
        return Optional.empty();
    }

    private Optional<Exclusion> excludedBy(String rule, String track, String who) {
        if (!profile.has(rule)) {
            return Optional.empty();
        }
        return profile.list(rule).stream()
                .filter(i -> i.code().equals(track))
                .findFirst()
                .map(
                        i ->
                                new Exclusion(
                                        rule,
                                        i.basis(),
                                        "the "
                                                + track
                                                + " track is excluded for "
                                                + who
                                                + " ("
                                                + rule
                                                + ", "
                                                + i.basis()
                                                + ")"));
    }

    /** A data-decidable ground that holds, with the facts that make it hold; empty otherwise. */
    Optional<String> decidedByData(String ground, Applicant applicant, CountryFacts facts) {
        return switch (ground) {
            case RECOGNITION_RATE -> recognitionRate(applicant, facts);
            case SAFE_COUNTRY -> safeCountry(applicant, facts);
            case SPECIFIC_NEEDS ->
                    applicant.vulnerable()
                            ? Optional.of(
                                    "specific needs recorded (reception's vulnerability data or the application's flags)")
                            : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * Every nationality (all of them, for a person with several: the reading that never sends a
     * person to a shorter procedure on one nationality alone) has a recorded rate at or below the
     * threshold.
     */
    private Optional<String> recognitionRate(Applicant applicant, CountryFacts facts) {
        if (!profile.has(RATE_THRESHOLD) || applicant.nationalities().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal threshold = profile.number(RATE_THRESHOLD);
        List<String> parts = new ArrayList<>();
        for (String n : applicant.nationalities()) {
            CountryFacts.Rate rate = facts.rates().get(n);
            if (rate == null || rate.percent().compareTo(threshold) > 0) {
                return Optional.empty();
            }
            parts.add(
                    n
                            + " "
                            + rate.percent().stripTrailingZeros().toPlainString()
                            + " % ("
                            + rate.period()
                            + ", "
                            + rate.source()
                            + ", as of "
                            + rate.asOf()
                            + ")");
        }
        return Optional.of(
                "recognition rate "
                        + String.join(", ", parts)
                        + " at or below "
                        + RATE_THRESHOLD
                        + " = "
                        + threshold.toPlainString()
                        + " %");
    }

    private Optional<String> safeCountry(Applicant applicant, CountryFacts facts) {
        if (applicant.nationalities().isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String n : applicant.nationalities()) {
            CountryFacts.Designation d = facts.safeCountries().get(n);
            if (d == null) {
                return Optional.empty();
            }
            parts.add(
                    n
                            + " ("
                            + d.basis()
                            + ", "
                            + d.source()
                            + ", designated "
                            + d.designatedOn()
                            + ")");
        }
        return Optional.of(
                "designated safe country of origin: "
                        + String.join(", ", parts)
                        + "; an individual examination is still required");
    }
}
