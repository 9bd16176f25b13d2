package org.asylon.rsd.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.security.Caller;
import org.asylon.rsd.application.control.ApplicationOpened;
import org.asylon.rsd.application.control.CaseActors;
import org.asylon.rsd.application.control.FlagsChanged;
import org.asylon.rsd.application.control.RsdEvents;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.Stage;
import org.asylon.rsd.application.entity.TrackAssignment;
import org.asylon.rsd.triage.entity.RecognitionRate;
import org.asylon.rsd.triage.entity.SafeCountryOfOrigin;
import org.asylon.rsd.triage.entity.TrackHistory;

/**
 * Puts applications into procedure tracks: automatically when an application is opened and again
 * when its flags change, at an officer's request with the grounds the officer indicates, or by an
 * officer's override with written reasons. Each assignment is kept in the track history, audited
 * and published ({@link TriageEvents#TRACK_ASSIGNED}, without the reasons).
 */
@ApplicationScoped
@Transactional
public class TriageDesk {

    /** Who assigned a track that no officer asked for. */
    public static final String SYSTEM = "system";

    private static final int TEXT = 2000;

    private EntityManager em;
    private ActiveProfile active;
    private RsdEvents events;
    private AuditTrail audit;
    private Event<TrackChanged> changes;
    private Clock clock;

    protected TriageDesk() {
        // for CDI's client proxy
    }

    @Inject
    public TriageDesk(
            EntityManager em,
            ActiveProfile active,
            RsdEvents events,
            AuditTrail audit,
            Event<TrackChanged> changes,
            Clock clock) {
        this.em = em;
        this.active = active;
        this.events = events;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    public TriageRules rules() {
        return new TriageRules(active.profile());
    }

    public void onOpened(@Observes ApplicationOpened opened) {
        AsylumApplication a = opened.application();
        if (a.ownClaim()) {
            TrackDecision d = rules().triage(Applicant.of(a), facts(a), List.of());
            assign(a, d, null, SYSTEM, false, List.of());
            audit.record(
                    a.createdBy(),
                    "application.triaged",
                    "asylum-application",
                    a.id(),
                    describe(d));
        }
    }

    /**
     * The flags changed: triage again with the grounds the officer last indicated. An officer's
     * override stands unless the applicant is now excluded from its track.
     */
    public void onFlagsChanged(@Observes FlagsChanged changed) {
        AsylumApplication a = changed.application();
        if (!a.ownClaim() || !open(a)) {
            return;
        }
        TriageRules rules = rules();
        Applicant who = Applicant.of(a);
        TrackAssignment current = a.track();
        if (current != null
                && current.overridden()
                && rules.exclusion(who, current.track()).isEmpty()) {
            return;
        }
        TrackDecision d = rules.triage(who, facts(a), lastOfficerGrounds(a.id()));
        if (current != null
                && !current.overridden()
                && current.track().equals(d.track())
                && Objects.equals(current.ground(), d.ground())) {
            return;
        }
        assign(a, d, null, SYSTEM, false, lastOfficerGrounds(a.id()));
        audit.record(
                SYSTEM,
                "application.triaged",
                "asylum-application",
                a.id(),
                "flags changed; " + describe(d));
    }

    /**
     * Runs triage again with the grounds the officer indicates (codes of the profile's grounds
     * lists).
     */
    public AsylumApplication triage(
            String id, String ifMatch, List<String> grounds, Caller caller) {
        AsylumApplication a = current(id, ifMatch, caller, "triage");
        String user = caller.name();
        requireOwnClaim(a);
        TrackDecision d = rules().triage(Applicant.of(a), facts(a), grounds);
        assign(a, d, null, user, false, grounds);
        audit.record(
                user,
                "application.triaged",
                "asylum-application",
                id,
                describe(d)
                        + (grounds.isEmpty()
                                ? ""
                                : "; officer indicated " + String.join(",", grounds)));
        return a;
    }

    /**
     * An officer's override into {@code track}, with written reasons (kept in the track history and
     * on the case, never on the feed). Refused with the rule and its basis when the profile
     * excludes the applicant from the track.
     */
    public AsylumApplication override(
            String id, String ifMatch, String track, String ground, String reasons, Caller caller) {
        AsylumApplication a = current(id, ifMatch, caller, "change the track of");
        String user = caller.name();
        requireOwnClaim(a);
        TriageRules rules = rules();
        if (track == null || !rules.tracks().contains(track)) {
            throw ProblemException.invalidField(
                    "track",
                    "'"
                            + track
                            + "' is not a track of profile "
                            + active.profile().name()
                            + "; one of "
                            + String.join(", ", rules.tracks()));
        }
        if (reasons == null || reasons.isBlank()) {
            throw ProblemException.invalidField(
                    "reasons", "an override needs the officer's written reasons");
        }
        String rule = TriageRules.TRACKS;
        if (ground != null) {
            rule = rules.groundRule(track, ground);
        }
        Exclusion excluded = rules.exclusion(Applicant.of(a), track).orElse(null);
        if (excluded != null) {
            throw ProblemException.ruleViolated(
                    excluded.rule(),
                    excluded.basis(),
                    "Application "
                            + id
                            + " cannot be put in the "
                            + track
                            + " track, not even by override: "
                            + excluded.detail()
                            + ".");
        }
        TrackDecision d =
                new TrackDecision(track, rule, ground, track + ": override by " + user, List.of());
        assign(a, d, reasons.strip(), user, true, List.of());
        audit.record(user, "application.track-overridden", "asylum-application", id, describe(d));
        return a;
    }

    /** The application's track assignments, oldest first. */
    public List<TrackHistory> history(String applicationId) {
        return em.createQuery(
                        "SELECT h FROM TrackHistory h WHERE h.applicationId = :id ORDER BY h.id",
                        TrackHistory.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    private void assign(
            AsylumApplication a,
            TrackDecision d,
            String reasons,
            String setBy,
            boolean overridden,
            Collection<String> officerGrounds) {
        String from = a.track() == null ? null : a.track().track();
        String text = overridden ? reasons : d.explanation();
        a.assignTrack(
                new TrackAssignment(
                        d.track(), d.rule(), d.ground(), clip(text), setBy, overridden));
        em.persist(
                new TrackHistory(
                        a.id(),
                        d.track(),
                        d.rule(),
                        d.ground(),
                        clip(d.explanation()),
                        overridden ? clip(reasons) : null,
                        List.copyOf(officerGrounds),
                        setBy,
                        overridden,
                        Instant.now(clock)));
        JsonObjectBuilder facts =
                Jsons.object()
                        .add("track", d.track())
                        .add("rule", d.rule())
                        .add("overridden", overridden);
        if (d.ground() != null) {
            facts.add("ground", d.ground());
        }
        if (from != null) {
            facts.add("previousTrack", from);
        }
        events.publish(TriageEvents.TRACK_ASSIGNED, a, facts);
        changes.fire(new TrackChanged(a, from, d.track()));
    }

    /**
     * The recognition rates and safe-country designations of the applicant's nationalities, under
     * the codes the application records: country data is kept under comparable codes, so a German
     * passport's D finds DEU.
     */
    CountryFacts facts(AsylumApplication a) {
        List<String> nationalities = a.person() == null ? List.of() : a.person().nationalities();
        if (nationalities.isEmpty()) {
            return CountryFacts.NONE;
        }
        List<String> kept = nationalities.stream().map(Countries::comparable).distinct().toList();
        Map<String, CountryFacts.Rate> rates =
                em
                        .createQuery(
                                "SELECT r FROM RecognitionRate r WHERE r.nationality IN :n",
                                RecognitionRate.class)
                        .setParameter("n", kept)
                        .getResultList()
                        .stream()
                        .collect(
                                Collectors.toMap(
                                        RecognitionRate::nationality,
                                        r ->
                                                new CountryFacts.Rate(
                                                        r.ratePercent(),
                                                        r.period(),
                                                        r.source(),
                                                        r.asOf())));
        Map<String, CountryFacts.Designation> safe =
                em
                        .createQuery(
                                "SELECT s FROM SafeCountryOfOrigin s WHERE s.country IN :n",
                                SafeCountryOfOrigin.class)
                        .setParameter("n", kept)
                        .getResultList()
                        .stream()
                        .collect(
                                Collectors.toMap(SafeCountryOfOrigin::country, Function.identity()))
                        .entrySet()
                        .stream()
                        .collect(
                                Collectors.toMap(
                                        Map.Entry::getKey,
                                        e ->
                                                new CountryFacts.Designation(
                                                        e.getValue().basis(),
                                                        e.getValue().source(),
                                                        e.getValue().designatedOn())));
        return new CountryFacts(asRecorded(nationalities, rates), asRecorded(nationalities, safe));
    }

    private static <T> Map<String, T> asRecorded(
            List<String> nationalities, Map<String, T> byKeptCode) {
        Map<String, T> facts = new HashMap<>();
        for (String n : nationalities) {
            T fact = byKeptCode.get(Countries.comparable(n));
            if (fact != null) {
                facts.put(n, fact);
            }
        }
        return facts;
    }

    private List<String> lastOfficerGrounds(String applicationId) {
        List<TrackHistory> all = history(applicationId);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!SYSTEM.equals(all.get(i).setBy()) && !all.get(i).overridden()) {
                return all.get(i).officerGrounds();
            }
        }
        return List.of();
    }

    private static boolean open(AsylumApplication a) {
        return a.stage() == Stage.MADE
                || a.stage() == Stage.REGISTERED
                || a.stage() == Stage.LODGED;
    }

    private static void requireOwnClaim(AsylumApplication a) {
        if (!a.ownClaim()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Application "
                            + a.id()
                            + " is a dependant's covered by the principal's claim ("
                            + a.principalId()
                            + "): it follows the principal's track.");
        }
    }

    private AsylumApplication current(String id, String ifMatch, Caller caller, String action) {
        AsylumApplication a = em.find(AsylumApplication.class, id);
        if (a == null) {
            throw ProblemException.notFound("application", id);
        }
        CaseActors.requireActor(a, caller, action);
        Versions.requireMatch(ifMatch, a.version());
        return a;
    }

    private static String describe(TrackDecision d) {
        return d.track() + " by " + d.rule() + (d.ground() == null ? "" : " / " + d.ground());
    }

    private static String clip(String text) {
        return text == null || text.length() <= TEXT ? text : text.substring(0, TEXT - 1) + "…";
    }
}
