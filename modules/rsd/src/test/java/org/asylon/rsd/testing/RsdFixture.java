package org.asylon.rsd.testing;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.feed.consumer.FeedCursor;
import org.asylon.kernel.feed.consumer.FeedEventHandler;
import org.asylon.kernel.feed.consumer.ResourceLocalFeedStore;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.testing.Fire;
import org.asylon.kernel.testing.MovableClock;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.rsd.appeal.control.AppealDesk;
import org.asylon.rsd.appeal.control.AppealEvents;
import org.asylon.rsd.appeal.entity.Appeal;
import org.asylon.rsd.appeal.entity.Suspension;
import org.asylon.rsd.application.control.AnchorRecorded;
import org.asylon.rsd.application.control.ApplicationDesk;
import org.asylon.rsd.application.control.CaseAccess;
import org.asylon.rsd.application.control.FlagsChanged;
import org.asylon.rsd.application.control.RsdEvents;
import org.asylon.rsd.application.control.StageChanged;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.application.entity.TrackAssignment;
import org.asylon.rsd.casework.control.AppointmentNotices;
import org.asylon.rsd.casework.control.Assessments;
import org.asylon.rsd.casework.control.CaseworkEvents;
import org.asylon.rsd.casework.control.InterviewRecords;
import org.asylon.rsd.casework.control.InterviewScheduler;
import org.asylon.rsd.casework.control.StaffRegistry;
import org.asylon.rsd.casework.entity.AssessmentRecord;
import org.asylon.rsd.casework.entity.Gender;
import org.asylon.rsd.casework.entity.Interpreter;
import org.asylon.rsd.casework.entity.Interview;
import org.asylon.rsd.casework.entity.InterviewNotice;
import org.asylon.rsd.casework.entity.InterviewRecord;
import org.asylon.rsd.casework.entity.Interviewer;
import org.asylon.rsd.deadline.control.Caseload;
import org.asylon.rsd.deadline.control.DeadlineBook;
import org.asylon.rsd.deadline.entity.CaseAnchor;
import org.asylon.rsd.deadline.entity.CaseDeadline;
import org.asylon.rsd.decision.control.DecisionDesk;
import org.asylon.rsd.decision.control.DecisionEvents;
import org.asylon.rsd.decision.control.FinalityJob;
import org.asylon.rsd.decision.entity.AppealWindow;
import org.asylon.rsd.decision.entity.Decision;
import org.asylon.rsd.decision.entity.LegalBasis;
import org.asylon.rsd.decision.entity.Notification;
import org.asylon.rsd.intake.control.ApplicationsFromReception;
import org.asylon.rsd.intake.entity.ReceptionArrival;
import org.asylon.rsd.triage.control.CountryData;
import org.asylon.rsd.triage.control.TriageDesk;
import org.asylon.rsd.triage.entity.RecognitionRate;
import org.asylon.rsd.triage.entity.SafeCountryOfOrigin;
import org.asylon.rsd.triage.entity.TrackHistory;

/**
 * RSD for a plain test: its real schema (Derby in memory, or a fresh PostgreSQL schema) under one
 * legal profile, every desk built with {@code new} as CDI builds it, and the CDI events delivered
 * to their observers in the transaction that fires them (an opened application is triaged, a stage
 * change meets its deadlines), and kept in {@link #fired} for the test to inspect. The clock is the
 * system's until the test moves it.
 */
public final class RsdFixture implements AutoCloseable {

    /** Every entity of the RSD persistence unit except the kernel's idempotency records. */
    public static final Class<?>[] ENTITIES = {
        AuditRecord.class,
        KernelSequence.class,
        OutboxEvent.class,
        InstantConverter.class,
        FeedCursor.class,
        AsylumApplication.class,
        Person.class,
        InterpreterNeeds.class,
        TrackAssignment.class,
        RecognitionRate.class,
        SafeCountryOfOrigin.class,
        TrackHistory.class,
        CaseAnchor.class,
        CaseDeadline.class,
        Interviewer.class,
        Interpreter.class,
        Interview.class,
        InterviewNotice.class,
        InterviewRecord.class,
        AssessmentRecord.class,
        Decision.class,
        LegalBasis.class,
        Notification.class,
        AppealWindow.class,
        Appeal.class,
        Suspension.class,
        ReceptionArrival.class
    };

    public final TestDatabase db;
    public final ActiveProfile active;
    public final LegalProfile profile;
    public final MovableClock clock = new MovableClock();

    /** Every CDI event fired, in order, including those of transactions rolled back. */
    public final List<Object> fired = new ArrayList<>();

    /**
     * Reception's feed applied as the follower applies it: each event in its own transaction with
     * its cursor.
     */
    public final ResourceLocalFeedStore feeds;

    /** What the follower hands the store for reception's feed. */
    public final FeedEventHandler fromReception = (event, em) -> desks(em).intake.apply(event, em);

    private RsdFixture(TestDatabase db, ProfileLoader profiles, String profileName) {
        this.db = db;
        this.active = new ActiveProfile(profiles, profileName);
        this.profile = active.profile();
        this.feeds = new ResourceLocalFeedStore(db.factory());
    }

    /** Under reference profile {@code profileName}, on a fresh in-memory database. */
    public static RsdFixture under(String profileName) {
        return new RsdFixture(
                TestDatabase.forModule("rsd", ENTITIES), new ProfileLoader(), profileName);
    }

    /**
     * Under {@code profileName} as a state writes it in its own profile directory {@code profiles}.
     */
    public static RsdFixture under(String profileName, Path profiles) {
        return new RsdFixture(
                TestDatabase.forModule("rsd", ENTITIES), new ProfileLoader(profiles), profileName);
    }

    /** Under {@code profileName}, in a fresh schema of the PostgreSQL server at {@code url}. */
    public static RsdFixture onPostgres(String url, String profileName) throws SQLException {
        return new RsdFixture(
                TestDatabase.inFreshPostgresSchema(url, "rsd", ENTITIES),
                new ProfileLoader(),
                profileName);
    }

    /**
     * The desks of one transaction, over one persistence context, wired as the container wires
     * them.
     */
    public final class Desks {
        public final EntityManager em;
        public final CaseAccess access;
        public final DeadlineBook deadlines;
        public final TriageDesk triage;
        public final ApplicationDesk applications;
        public final CountryData countries;
        public final Caseload caseload;
        public final DecisionDesk decisions;
        public final AppealDesk appeals;
        public final InterviewScheduler scheduler;
        public final StaffRegistry staff;
        public final InterviewRecords records;
        public final Assessments assessments;
        public final AppointmentNotices notices;
        public final ApplicationsFromReception intake;
        public final FinalityJob finality;
        private final Fire<FlagsChanged> flags;

        Desks(EntityManager em) {
            this.em = em;
            AuditTrail audit = new AuditTrail(em);
            RsdEvents events = new RsdEvents(new EventPublisher(em));
            access = new CaseAccess(audit);
            deadlines = new DeadlineBook(em, active, "P7D", clock);
            triage = new TriageDesk(em, active, events, audit, fire(deadlines::onTrack), clock);
            applications =
                    new ApplicationDesk(
                            em,
                            active,
                            events,
                            audit,
                            fire(triage::onOpened),
                            fire(deadlines::onAnchor),
                            fire(deadlines::onStage),
                            clock);
            countries = new CountryData(em, audit, clock);
            caseload = new Caseload(em);
            decisions =
                    new DecisionDesk(
                            em,
                            active,
                            new DecisionEvents(events),
                            audit,
                            fire(deadlines::onStage),
                            fire(deadlines::onAnchor),
                            clock);
            appeals =
                    new AppealDesk(
                            em,
                            active,
                            decisions,
                            new AppealEvents(events),
                            audit,
                            fire(deadlines::onStage),
                            fire(deadlines::onAnchor),
                            clock);
            CaseworkEvents casework = new CaseworkEvents(events);
            scheduler = new InterviewScheduler(em, casework, audit, clock);
            staff = new StaffRegistry(em, audit, clock);
            records = new InterviewRecords(em, scheduler, access, casework, active, audit, clock);
            assessments = new Assessments(em, scheduler, records, access, active, audit, clock);
            notices = new AppointmentNotices(em, scheduler, access, active, audit, clock);
            flags = fire(triage::onFlagsChanged);
            intake = new ApplicationsFromReception(applications, flags, clock);
            finality = new FinalityJob(decisions, 0);
        }

        /** A stage change as a desk fires it. */
        public void stageChanged(StageChanged change) {
            fire(deadlines::onStage).fire(change);
        }

        /** An anchor recorded as a desk records it. */
        public void anchor(AsylumApplication a, String anchor, Instant at) {
            fire(deadlines::onAnchor).fire(new AnchorRecorded(a, anchor, at));
        }

        /** The application's flags changed, as reception's feed or the desk reports it. */
        public void flagsChanged(AsylumApplication a) {
            flags.fire(new FlagsChanged(a));
        }

        public AsylumApplication find(String id) {
            return applications.find(id);
        }

        /** An event that is kept in {@link #fired} and delivered to {@code observer}. */
        private <T> Fire<T> fire(Consumer<? super T> observer) {
            return new Fire<>(fired::add, observer);
        }
    }

    /** The desks over {@code em}, e.g. for a transaction the test holds open. */
    public Desks desks(EntityManager em) {
        return new Desks(em);
    }

    /**
     * Runs work with the desks in one transaction (rolled back if it throws) and returns its
     * result.
     */
    public <T> T tx(Function<Desks, T> work) {
        return db.readInTransaction(em -> work.apply(new Desks(em)));
    }

    public void run(Consumer<Desks> work) {
        db.inTransaction(em -> work.accept(new Desks(em)));
    }

    /**
     * Opens the application through the desk, as the REST API and reception's feed do: it is
     * triaged, its anchor recorded and its opening published. Returns its id.
     */
    public String open(ApplicationBuilder application) {
        return tx(
                d -> {
                    AsylumApplication a = application.build(clock.instant());
                    String principal = application.principalId();
                    d.applications.open(
                            a,
                            principal,
                            application.relationship(),
                            principal == null || application.ownClaim(),
                            Staff.CLERK);
                    return a.id();
                });
    }

    /**
     * Stores the application as it stands, without the desk: no triage, no event, no deadline.
     * Returns its id.
     */
    public String store(ApplicationBuilder application) {
        return db.readInTransaction(
                em -> {
                    AsylumApplication a = application.build(clock.instant());
                    if (application.principalId() != null) {
                        a.dependantOf(
                                em.find(AsylumApplication.class, application.principalId()),
                                application.relationship(),
                                application.ownClaim());
                    }
                    em.persist(a);
                    return a.id();
                });
    }

    public AsylumApplication find(String id) {
        return db.readInTransaction(em -> em.find(AsylumApplication.class, id));
    }

    /** Every application, in the order they were made. */
    public List<AsylumApplication> applications() {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT a FROM AsylumApplication a ORDER BY a.madeAt",
                                        AsylumApplication.class)
                                .getResultList());
    }

    /** Changes the stored application directly, e.g. to put it in a stage a test starts from. */
    public void change(String id, Consumer<AsylumApplication> change) {
        db.inTransaction(em -> change.accept(em.find(AsylumApplication.class, id)));
    }

    /** Registers an interviewer on the roster, as a supervisor does. */
    public String interviewer(String userName, Gender gender, String... languages) {
        return tx(
                d ->
                        d.staff
                                .registerInterviewer(
                                        userName, gender, List.of(languages), Staff.SUPERVISOR)
                                .id());
    }

    /** Registers an interpreter on the roster, as a supervisor does. */
    public String interpreter(String name, Gender gender, String... languages) {
        return tx(
                d ->
                        d.staff
                                .registerInterpreter(
                                        name,
                                        List.of(languages),
                                        gender,
                                        "+00 000",
                                        Staff.SUPERVISOR)
                                .id());
    }

    public long count(String jpql) {
        return db.readInTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    /** The data of every event of {@code type} on the feed, in order. */
    public List<JsonObject> events(String type) {
        return eventTexts(type).stream().map(RsdFixture::json).toList();
    }

    /**
     * The data of every event of {@code type} on the feed as the outbox stores it (JSON text), in
     * order.
     */
    public List<String> eventTexts(String type) {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT e.data FROM OutboxEvent e WHERE e.type = :t ORDER BY e.id",
                                        String.class)
                                .setParameter("t", type)
                                .getResultList());
    }

    /** Every event on the feed as raw JSON text, in order. */
    public List<String> allEvents() {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT e.data FROM OutboxEvent e ORDER BY e.id",
                                        String.class)
                                .getResultList());
    }

    /** The CDI events of {@code type} fired so far, in order. */
    public <T> List<T> fired(Class<T> type) {
        return fired.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** A time on the minute a week from now, so that a booking is never in the past. */
    public static Instant nextWeekAt(int hour, int minute) {
        return Instant.now()
                .plus(Duration.ofDays(7))
                .atZone(ZoneOffset.UTC)
                .toLocalDate()
                .atTime(hour, minute)
                .toInstant(ZoneOffset.UTC);
    }

    /** The start of an interview that has already taken place: three hours ago, on the minute. */
    public static Instant threeHoursAgo() {
        return Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
    }

    private static JsonObject json(String text) {
        return Jsons.readObject(text);
    }

    @Override
    public void close() {
        db.close();
    }
}
