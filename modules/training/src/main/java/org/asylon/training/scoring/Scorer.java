package org.asylon.training.scoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.training.exercise.Exercise;
import org.asylon.training.exercise.Exercise.CriticalError;
import org.asylon.training.exercise.Exercise.KeyItem;
import org.asylon.training.persona.Observation;
import org.asylon.training.persona.Persona;

/**
 * Scores each trainee of a run from what the modules' feeds and audit trails show them doing.
 *
 * <p>Whose work: the records one event names together are one person's ({@link Clusters}). A
 * cluster is a trainee's when their account acted on one of its records (an audit record that
 * changes something) or the runner's setup made one of them for them. It is tied to a persona by
 * the alias the setup gave it, else by the person facts its events carry ({@link PersonMatcher}).
 *
 * <p>Whose observation: the account whose audit record sits closest in time to the event, on one of
 * the event's records (an event and the audit record of the change that published it are written in
 * one transaction), made it. The trainee's own changes count for them; the runner's setup counts
 * for nobody (a trainee who did nothing earns nothing); what a module did on its own or from
 * another's feed counts for the trainees who had acted on the cluster by then. A missed RSD
 * deadline counts for the trainees the application is seeded for or who acted on it: leaving a
 * claim untouched is how one misses it.
 */
public final class Scorer {

    /** The runner's own account (issue 15): its setup is nobody's work. */
    public static final String RUNNER = "training.runner";

    /** How far apart an event and the audit record of the same change may be. */
    private static final Duration SAME_CHANGE = Duration.ofSeconds(2);

    private final Exercise exercise;
    private final Map<String, Persona> cast;
    private final LegalProfile profile;
    private final Clock clock;

    public Scorer(Exercise exercise, Map<String, Persona> cast, LegalProfile profile) {
        this(exercise, cast, profile, Clock.systemUTC());
    }

    /**
     * @param clock the scoring time, against which an open deadline is missed or not
     */
    public Scorer(Exercise exercise, Map<String, Persona> cast, LegalProfile profile, Clock clock) {
        this.exercise = exercise;
        this.cast = orderedCast(exercise, cast);
        this.profile = profile;
        this.clock = clock;
    }

    public List<Scorecard> score(List<ModuleTrail> trails, List<TraineeWork> trainees) {
        Reading reading = new Reading(trainees);
        reading.read(trails);
        List<Scorecard> cards = new ArrayList<>();
        for (TraineeWork t : trainees) {
            cards.add(card(t, reading));
        }
        return cards;
    }

    /** An observation credited to a trainee, with what showed it. */
    private record Credit(String alias, String observation, String seen) {}

    /** One pass over the trails: clusters, their owners and personas, and the credits. */
    private final class Reading {

        final Map<String, TraineeWork> trainees = new LinkedHashMap<>();
        final Clusters clusters = new Clusters();
        final List<TrailEvent> events = new ArrayList<>();
        final List<AuditEntry> audit = new ArrayList<>();

        /** cluster → trainee → the first time they changed something in it (null: seeded only). */
        final Map<String, Map<String, Instant>> owners = new LinkedHashMap<>();

        final Map<String, String> aliases = new HashMap<>();
        final Map<String, List<Credit>> credits = new LinkedHashMap<>();

        /**
         * What the records of each trainee (their own and those the setup made for them) show,
         * whoever made it: a step the module or the setup took is not missing from the trainee's
         * case, though it earns them nothing.
         */
        final Map<String, List<Credit>> shown = new LinkedHashMap<>();

        final Map<String, Set<String>> notes = new LinkedHashMap<>();

        Reading(List<TraineeWork> list) {
            for (TraineeWork t : list) {
                trainees.put(t.account(), t);
                credits.put(t.account(), new ArrayList<>());
                shown.put(t.account(), new ArrayList<>());
                notes.put(t.account(), new LinkedHashSet<>());
            }
        }

        void read(List<ModuleTrail> trails) {
            for (ModuleTrail trail : trails) {
                trail.events().forEach(e -> events.add(TrailEvent.of(trail.module(), e)));
                trail.audit().forEach(a -> audit.add(AuditEntry.of(trail.module(), a)));
            }
            events.forEach(e -> clusters.link(e.records()));
            audit.stream().filter(AuditEntry::changes).forEach(a -> clusters.add(a.recordId()));
            own();
            tie();
            for (TrailEvent e : events) {
                for (ObservationReader.Seen seen : ObservationReader.read(e)) {
                    credit(seen);
                }
            }
            deadlines();
        }

        private void own() {
            for (AuditEntry a : audit) {
                if (a.changes() && trainees.containsKey(a.actor())) {
                    owners.computeIfAbsent(clusters.of(a.recordId()), c -> new LinkedHashMap<>())
                            .merge(a.actor(), a.at(), Reading::earlier);
                }
            }
            for (TraineeWork t : trainees.values()) {
                for (String record : t.seededRecords().keySet()) {
                    owners.computeIfAbsent(clusters.of(record), c -> new LinkedHashMap<>())
                            .putIfAbsent(t.account(), null);
                }
            }
            for (var owned : owners.entrySet()) {
                if (owned.getValue().size() > 1) {
                    String who = String.join(", ", owned.getValue().keySet());
                    owned.getValue()
                            .keySet()
                            .forEach(
                                    account ->
                                            notes.get(account)
                                                    .add(
                                                            "record "
                                                                    + owned.getKey()
                                                                    + " was worked on by "
                                                                    + who
                                                                    + ": counted for each"));
                }
            }
        }

        /** Ties each cluster to a persona: the alias the setup gave it, else the person facts. */
        private void tie() {
            for (TraineeWork t : trainees.values()) {
                for (var seed : t.seededRecords().entrySet()) {
                    aliases.putIfAbsent(clusters.of(seed.getKey()), seed.getValue());
                }
            }
            Map<String, List<StatedPerson>> facts = new LinkedHashMap<>();
            for (TrailEvent e : events) {
                Optional<StatedPerson> person = StatedPerson.of(e.data());
                if (person.isPresent() && !e.records().isEmpty()) {
                    facts.computeIfAbsent(
                                    clusters.of(e.records().iterator().next()),
                                    c -> new ArrayList<>())
                            .add(person.get());
                }
            }
            PersonMatcher matcher = new PersonMatcher(cast);
            for (var cluster : facts.entrySet()) {
                if (!aliases.containsKey(cluster.getKey())) {
                    matcher.match(cluster.getValue())
                            .ifPresent(alias -> aliases.put(cluster.getKey(), alias));
                }
            }
        }

        private void credit(ObservationReader.Seen seen) {
            TrailEvent e = seen.event();
            String author = author(e);
            Set<String> done = new LinkedHashSet<>();
            for (String record : seen.about()) {
                String cluster = clusters.of(record);
                if (!done.add(cluster)) {
                    continue;
                }
                String alias = aliases.get(cluster);
                for (String account : owners.getOrDefault(cluster, Map.of()).keySet()) {
                    shown.get(account).add(new Credit(alias, seen.observation(), e.describe()));
                }
                if (byAnotherAccount(author)) {
                    for (String account : owners.getOrDefault(cluster, Map.of()).keySet()) {
                        notes.get(account)
                                .add(
                                        "record "
                                                + cluster
                                                + " was changed by "
                                                + author
                                                + ", not by a trainee of this run: that change"
                                                + " counts for nobody");
                    }
                    continue;
                }
                for (String account : creditedFor(cluster, author, e.time())) {
                    credits.get(account).add(new Credit(alias, seen.observation(), e.describe()));
                    if (alias == null) {
                        notes.get(account)
                                .add(
                                        "record "
                                                + cluster
                                                + " fits none of the exercise's personas: its"
                                                + " observations count for no persona");
                    }
                }
            }
        }

        /**
         * A person's account that is neither a trainee of this run nor the runner: the trainer, a
         * demo user, a trainee of another run. What they do is nobody's work here. The modules' own
         * actors ({@code feed:entry}, {@code asylon:transfers}, {@code state:ALB}) hold a colon,
         * which no account name of a users file holds.
         */
        private boolean byAnotherAccount(String author) {
            return author != null
                    && !trainees.containsKey(author)
                    && !RUNNER.equals(author)
                    && !author.contains(":");
        }

        /**
         * The trainee who made the change, or for a change a module made on its own, the trainees
         * who had acted on the cluster by then; nobody for the runner's setup.
         */
        private List<String> creditedFor(String cluster, String author, Instant time) {
            if (author != null && trainees.containsKey(author)) {
                return List.of(author);
            }
            if (RUNNER.equals(author)) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (var owner : owners.getOrDefault(cluster, Map.of()).entrySet()) {
                Instant first = owner.getValue();
                if (first != null && (time == null || !first.isAfter(time.plus(SAME_CHANGE)))) {
                    out.add(owner.getKey());
                }
            }
            return out;
        }

        /** The actor of the audit record of the same module and record closest to the event. */
        private String author(TrailEvent e) {
            if (e.time() == null) {
                return null;
            }
            AuditEntry best = null;
            Duration closest = SAME_CHANGE;
            for (AuditEntry a : audit) {
                if (!a.changes()
                        || a.at() == null
                        || !a.module().equals(e.module())
                        || !e.records().contains(a.recordId())) {
                    continue;
                }
                Duration gap = Duration.between(e.time(), a.at()).abs();
                if (gap.compareTo(closest) <= 0) {
                    best = a;
                    closest = gap;
                }
            }
            return best == null ? null : best.actor();
        }

        private void deadlines() {
            List<TrailEvent> rsd = events.stream().filter(e -> e.module().equals("rsd")).toList();
            for (RsdDeadlines.Missed missed : new RsdDeadlines(profile, clock).missed(rsd)) {
                String cluster = clusters.of(missed.applicationId());
                for (String account : owners.getOrDefault(cluster, Map.of()).keySet()) {
                    credits.get(account)
                            .add(
                                    new Credit(
                                            aliases.get(cluster),
                                            Observation.RSD_DEADLINE_MISSED,
                                            missed.describe()));
                }
            }
        }

        private static Instant earlier(Instant a, Instant b) {
            if (a == null) {
                return b;
            }
            return b == null || a.isBefore(b) ? a : b;
        }
    }

    private Scorecard card(TraineeWork t, Reading reading) {
        List<Credit> credits = reading.credits.get(t.account());
        List<Finding> critical = new ArrayList<>();
        List<Finding> lost = new ArrayList<>();
        List<Finding> earnedItems = new ArrayList<>();
        Map<String, int[]> competences = new LinkedHashMap<>();
        int earned = 0;
        int possible = 0;
        for (KeyItem item : exercise.key()) {
            Optional<Credit> seen = seen(credits, item.persona(), item.observation());
            int[] c = competences.computeIfAbsent(item.competence(), k -> new int[2]);
            c[1] += item.points();
            possible += item.points();
            if (seen.isPresent()) {
                earned += item.points();
                c[0] += item.points();
            }
            (seen.isPresent() ? earnedItems : lost)
                    .add(
                            new Finding(
                                    item.id(),
                                    item.persona(),
                                    personaName(item.persona()),
                                    item.observation(),
                                    item.points(),
                                    item.competence(),
                                    null,
                                    item.rule(),
                                    RuleBasis.of(profile, item.rule()),
                                    item.explanation(),
                                    seen.map(Credit::seen).orElse(null)));
        }
        int penalties = 0;
        for (CriticalError error : exercise.critical()) {
            // a wrong step counts when the trainee took it; a missing one, when the trainee's
            // records lack it, whoever else might have taken it
            Optional<Credit> seen =
                    seen(
                            error.when() == CriticalError.When.PRESENT
                                    ? credits
                                    : reading.shown.get(t.account()),
                            error.persona(),
                            error.observation());
            boolean applies =
                    error.when() == CriticalError.When.PRESENT ? seen.isPresent() : seen.isEmpty();
            if (applies) {
                penalties += error.penalty();
                critical.add(
                        new Finding(
                                error.id(),
                                error.persona(),
                                personaName(error.persona()),
                                error.observation(),
                                error.penalty(),
                                null,
                                error.kind(),
                                error.rule(),
                                RuleBasis.of(profile, error.rule()),
                                error.explanation(),
                                seen.map(Credit::seen).orElse(null)));
            }
        }
        List<CompetenceScore> byCompetence = new ArrayList<>();
        competences.forEach((k, v) -> byCompetence.add(new CompetenceScore(k, v[0], v[1])));
        return new Scorecard(
                t.account(),
                t.displayName(),
                earned,
                possible,
                penalties,
                Math.max(0, earned - penalties),
                critical,
                lost,
                earnedItems,
                byCompetence,
                List.copyOf(reading.notes.get(t.account())));
    }

    /**
     * The first credit of the observation for the persona (any persona when the item names none).
     */
    private static Optional<Credit> seen(List<Credit> credits, String alias, String observation) {
        return credits.stream()
                .filter(c -> c.observation().equals(observation))
                .filter(c -> alias == null || alias.equals(c.alias()))
                .findFirst();
    }

    private String personaName(String alias) {
        Persona p = alias == null ? null : cast.get(alias);
        if (p == null) {
            return null;
        }
        return (p.statedGivenNames() == null ? "" : p.statedGivenNames() + " ") + p.statedSurname();
    }

    /** The cast in the exercise's order, which breaks ties between equally good name matches. */
    private static Map<String, Persona> orderedCast(Exercise exercise, Map<String, Persona> cast) {
        Map<String, Persona> ordered = new LinkedHashMap<>();
        for (Exercise.CastMember member : exercise.cast()) {
            if (cast.containsKey(member.alias())) {
                ordered.put(member.alias(), cast.get(member.alias()));
            }
        }
        cast.keySet().stream().sorted().forEach(a -> ordered.putIfAbsent(a, cast.get(a)));
        return ordered;
    }
}
