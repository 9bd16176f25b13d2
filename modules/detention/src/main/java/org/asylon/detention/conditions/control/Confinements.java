package org.asylon.detention.conditions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.detention.conditions.entity.ConfinementDay;
import org.asylon.detention.conditions.entity.SolitaryStandard;
import org.asylon.detention.place.control.Placements;
import org.asylon.detention.place.entity.Placement;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * Confinement day by day under the Nelson Mandela Rules: a record per person and date of the hours
 * without meaningful human contact; from {@code detention.solitary.daily-hours} a day is solitary
 * confinement (Rule 44), which needs a competent authority's authorisation (Rule 45(1)) and is
 * refused for a person whose disability it would worsen (Rule 45(2)); a run beyond {@code
 * detention.solitary.prolonged-days} is prohibited prolonged solitary confinement (Rules 43(1)(b),
 * 44). A prolonged run is recorded, not refused: it happened, and the monitor and the alert queue
 * must see it.
 */
@ApplicationScoped
@Transactional
public class Confinements {

    private EntityManager em;
    private Placements placements;
    private SolitaryProfile profile;
    private ConditionsEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected Confinements() {
        // for CDI's client proxy
    }

    @Inject
    public Confinements(
            EntityManager em,
            Placements placements,
            SolitaryProfile profile,
            ConditionsEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.placements = placements;
        this.profile = profile;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** As CDI builds it, for plain tests: events and audit on the same entity manager. */
    public static Confinements of(
            EntityManager em, Placements placements, SolitaryProfile profile, Clock clock) {
        return new Confinements(
                em,
                placements,
                profile,
                new ConditionsEvents(new EventPublisher(em)),
                new AuditTrail(em),
                clock);
    }

    /**
     * One person in solitary confinement on a day.
     *
     * @param date the day (for {@link #prolongedNow()}, the latest recorded day of the run)
     * @param consecutiveDays the run's length up to that day
     * @param facilityId where the person was held, when known
     */
    public record SolitaryPerson(
            String personId,
            LocalDate date,
            BigDecimal hours,
            int consecutiveDays,
            LocalDate runStartedOn,
            boolean prolonged,
            String facilityId) {}

    /** A person's days with their runs. */
    public record Record(
            String personId,
            SolitaryStandard standard,
            List<ConfinementDay> days,
            SolitaryRuns.Assessment assessment) {}

    /**
     * Records a day. The person must be placed now and have been held on that date, which must not
     * be in the future; a second record of the same date is a conflict (correct it instead).
     */
    public ConfinementDay record(
            String personId,
            LocalDate date,
            BigDecimal hours,
            String authorisedBy,
            String reason,
            boolean disabilityWorsened,
            String by) {
        Placement placement = heldOn(personId, date);
        if (find(personId, date) != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The day "
                            + date
                            + " is already recorded for this person: correct it with PUT"
                            + " people/"
                            + personId
                            + "/confinement-days/"
                            + date
                            + " and its ETag in If-Match.");
        }
        SolitaryStandard standard = profile.standard();
        List<SolitaryRuns.Entry> before = entries(personId);
        ConfinementDay day =
                new ConfinementDay(
                        personId,
                        date,
                        hours,
                        authorisedBy,
                        reason,
                        disabilityWorsened,
                        placement.facilityId(),
                        standard,
                        by,
                        Instant.now(clock));
        em.persist(day);
        em.flush();
        published(day, before, standard, false);
        audit.record(
                by,
                "confinement-day.recorded",
                "confinement-day",
                day.id(),
                "person " + personId + ", " + date + ", " + hours.toPlainString() + " h");
        return day;
    }

    /** Corrects the record of a day, under the same rules (If-Match: the version read). */
    public ConfinementDay correct(
            String personId,
            LocalDate date,
            String ifMatch,
            BigDecimal hours,
            String authorisedBy,
            String reason,
            boolean disabilityWorsened,
            String by) {
        ConfinementDay day = day(personId, date);
        em.lock(day, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireMatch(ifMatch, day.version());
        SolitaryStandard standard = profile.standard();
        List<SolitaryRuns.Entry> before = entries(personId);
        day.correct(
                hours, authorisedBy, reason, disabilityWorsened, standard, by, Instant.now(clock));
        em.flush();
        published(day, before, standard, true);
        audit.record(
                by,
                "confinement-day.corrected",
                "confinement-day",
                day.id(),
                "person " + personId + ", " + date + ", " + hours.toPlainString() + " h");
        return day;
    }

    public ConfinementDay day(String personId, LocalDate date) {
        ConfinementDay day = find(personId, date);
        if (day == null) {
            throw ProblemException.notFound("confinement record", personId + "/" + date);
        }
        return day;
    }

    /** A person's days, oldest first, with whether each is solitary and the current run. */
    public Record of(String personId) {
        SolitaryStandard standard = profile.standard();
        List<ConfinementDay> days = days(personId);
        return new Record(
                personId,
                standard,
                days,
                SolitaryRuns.assess(
                        days.stream().map(Confinements::entry).toList(), standard, today()));
    }

    /**
     * Everyone whose current run of solitary confinement is prolonged (beyond {@code
     * detention.solitary.prolonged-days}): the current run counts up to a record of today or
     * yesterday ({@link SolitaryRuns.Assessment#currentRun()}).
     */
    public List<SolitaryPerson> prolongedNow() {
        LocalDate today = today();
        SolitaryStandard standard = profile.standard();
        List<String> candidates =
                em.createQuery(
                                "SELECT DISTINCT c.personId FROM ConfinementDay c"
                                        + " WHERE c.date >= :yesterday AND c.date <= :today"
                                        + " AND c.hoursWithoutContact >= :threshold",
                                String.class)
                        .setParameter("yesterday", today.minusDays(1))
                        .setParameter("today", today)
                        .setParameter("threshold", standard.dailyHours())
                        .getResultList();
        List<SolitaryPerson> prolonged = new ArrayList<>();
        byPerson(candidates, today)
                .forEach(
                        (person, days) -> {
                            SolitaryRuns.Assessment assessment =
                                    SolitaryRuns.assess(
                                            days.stream().map(Confinements::entry).toList(),
                                            standard,
                                            today);
                            if (assessment.prolonged()) {
                                ConfinementDay last = days.get(days.size() - 1);
                                prolonged.add(
                                        new SolitaryPerson(
                                                person,
                                                last.date(),
                                                last.hoursWithoutContact(),
                                                assessment.currentRun(),
                                                assessment.runStartedOn(),
                                                true,
                                                last.facilityId()));
                            }
                        });
        prolonged.sort(Comparator.comparing(SolitaryPerson::consecutiveDays).reversed());
        return prolonged;
    }

    /** Everyone in solitary confinement on the date, with their run up to it. */
    public List<SolitaryPerson> solitaryOn(LocalDate date) {
        SolitaryStandard standard = profile.standard();
        List<String> people =
                em.createQuery(
                                "SELECT c.personId FROM ConfinementDay c WHERE c.date = :date"
                                        + " AND c.hoursWithoutContact >= :threshold",
                                String.class)
                        .setParameter("date", date)
                        .setParameter("threshold", standard.dailyHours())
                        .getResultList();
        List<SolitaryPerson> solitary = new ArrayList<>();
        byPerson(people, date)
                .forEach(
                        (person, days) -> {
                            SolitaryRuns.Assessed assessed =
                                    SolitaryRuns.assess(
                                                    days.stream().map(Confinements::entry).toList(),
                                                    standard,
                                                    date)
                                            .days()
                                            .stream()
                                            .filter(d -> d.date().equals(date))
                                            .findFirst()
                                            .orElseThrow();
                            ConfinementDay day =
                                    days.stream()
                                            .filter(d -> d.date().equals(date))
                                            .findFirst()
                                            .orElseThrow();
                            solitary.add(
                                    new SolitaryPerson(
                                            person,
                                            date,
                                            assessed.hours(),
                                            assessed.consecutiveDays(),
                                            date.minusDays(assessed.consecutiveDays() - 1L),
                                            assessed.prolonged(),
                                            day.facilityId()));
                        });
        solitary.sort(Comparator.comparing(SolitaryPerson::consecutiveDays).reversed());
        return solitary;
    }

    /** Today in the profile's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(profile.zone()));
    }

    /**
     * The person's current placement, locked so that two records of the same person wait for each
     * other; refused unless they are placed now and were held on the date.
     */
    private Placement heldOn(String personId, LocalDate date) {
        if (date.isAfter(today())) {
            throw ProblemException.invalidField("date", "must not be in the future");
        }
        Placement current =
                placements
                        .current(personId)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                ProblemType.CONFLICT,
                                                "Person "
                                                        + personId
                                                        + " is not placed in any room now:"
                                                        + " confinement is recorded for people"
                                                        + " held, once they are placed."));
        em.lock(current, LockModeType.PESSIMISTIC_WRITE);
        ZoneId zone = profile.zone();
        boolean held =
                placements.history(personId).stream()
                        .anyMatch(
                                p ->
                                        !p.placedAt().atZone(zone).toLocalDate().isAfter(date)
                                                && (p.endedAt() == null
                                                        || !p.endedAt()
                                                                .atZone(zone)
                                                                .toLocalDate()
                                                                .isBefore(date)));
        if (!held) {
            throw ProblemException.invalidField(
                    "date", "the person was not held in any room on " + date);
        }
        return current;
    }

    private void published(
            ConfinementDay day,
            List<SolitaryRuns.Entry> before,
            SolitaryStandard standard,
            boolean correction) {
        List<SolitaryRuns.Entry> after = entries(day.personId());
        SolitaryRuns.Assessed assessed =
                SolitaryRuns.assess(after, standard, day.date()).days().stream()
                        .filter(d -> d.date().equals(day.date()))
                        .findFirst()
                        .orElseThrow();
        events.recorded(day, assessed.solitary(), assessed.consecutiveDays(), correction);
        if (SolitaryRuns.makesProlonged(before, after, standard, day.date())) {
            events.prolonged(
                    day,
                    SolitaryRuns.runStart(after, standard, day.date()),
                    SolitaryRuns.runThrough(after, standard, day.date()),
                    standard.prolongedDays());
        }
    }

    private ConfinementDay find(String personId, LocalDate date) {
        return em.createQuery(
                        "SELECT c FROM ConfinementDay c WHERE c.personId = :person AND c.date = :date",
                        ConfinementDay.class)
                .setParameter("person", personId)
                .setParameter("date", date)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private List<ConfinementDay> days(String personId) {
        return em.createQuery(
                        "SELECT c FROM ConfinementDay c WHERE c.personId = :person ORDER BY c.date",
                        ConfinementDay.class)
                .setParameter("person", personId)
                .getResultList();
    }

    private List<SolitaryRuns.Entry> entries(String personId) {
        return days(personId).stream().map(Confinements::entry).toList();
    }

    /** The days of each person up to a date, oldest first (one query). */
    private Map<String, List<ConfinementDay>> byPerson(List<String> people, LocalDate upTo) {
        Map<String, List<ConfinementDay>> days = new LinkedHashMap<>();
        if (people.isEmpty()) {
            return days;
        }
        em.createQuery(
                        "SELECT c FROM ConfinementDay c WHERE c.personId IN :people"
                                + " AND c.date <= :upTo ORDER BY c.personId, c.date",
                        ConfinementDay.class)
                .setParameter("people", people)
                .setParameter("upTo", upTo)
                .getResultList()
                .forEach(d -> days.computeIfAbsent(d.personId(), p -> new ArrayList<>()).add(d));
        return days;
    }

    private static SolitaryRuns.Entry entry(ConfinementDay day) {
        return new SolitaryRuns.Entry(day.date(), day.hoursWithoutContact());
    }
}
