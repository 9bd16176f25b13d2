package org.asylon.rsd.casework.control;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.asylon.kernel.audit.boundary.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.rsd.application.control.CaseAccess;
import org.asylon.rsd.application.control.RsdEvents;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.application.entity.TrackAssignment;
import org.asylon.rsd.casework.entity.AssessmentRecord;
import org.asylon.rsd.casework.entity.Gender;
import org.asylon.rsd.casework.entity.Interpreter;
import org.asylon.rsd.casework.entity.Interview;
import org.asylon.rsd.casework.entity.InterviewNotice;
import org.asylon.rsd.casework.entity.InterviewRecord;
import org.asylon.rsd.casework.entity.Interviewer;

/** The RSD schema in memory with the case-work beans wired by hand, as CDI would wire them. */
final class CaseworkDatabase implements AutoCloseable {

    static final String OFFICER = "eligibility.officer";

    static final Class<?>[] ENTITIES = {AuditRecord.class, KernelSequence.class, OutboxEvent.class,
        InstantConverter.class, AsylumApplication.class, Person.class, InterpreterNeeds.class, TrackAssignment.class,
        Interviewer.class, Interpreter.class, Interview.class, InterviewNotice.class, InterviewRecord.class,
        AssessmentRecord.class};

    final TestDatabase db;

    private final LegalProfile profile;

    CaseworkDatabase() {
        this("convention-1951");
    }

    CaseworkDatabase(String profile) {
        this(TestDatabase.forModule("rsd", ENTITIES), profile);
    }

    CaseworkDatabase(TestDatabase db, String profile) {
        this.db = db;
        this.profile = new ProfileLoader().load(profile);
    }

    /** The same over a fresh schema of the PostgreSQL server at {@code url}. */
    static CaseworkDatabase onPostgres(String url) throws java.sql.SQLException {
        return new CaseworkDatabase(TestDatabase.inFreshPostgresSchema(url, "rsd", ENTITIES), "convention-1951");
    }

    /** The case-work beans over one EntityManager. */
    record Desk(InterviewScheduler scheduler, StaffRegistry registry, InterviewRecords records, Assessments assessments,
            AppointmentNotices notices) {
    }

    /** Runs work with the beans in one transaction (rolled back if it throws). */
    <T> T atDesk(Function<Desk, T> work) {
        return db.readInTransaction(em -> work.apply(desk(em, profile)));
    }

    /** The beans over {@code em}, e.g. for a transaction the test holds open. */
    Desk desk(EntityManager em) {
        return desk(em, profile);
    }

    static Desk desk(EntityManager em, LegalProfile legal) {
        AuditTrail audit = set(new AuditTrail(), "em", em);
        RsdEvents rsdEvents = set(new RsdEvents(), "publisher", set(new EventPublisher(), "em", em));
        CaseworkEvents events = new CaseworkEvents();
        events.events = rsdEvents;
        CaseAccess access = set(new CaseAccess(), "audit", audit);

        InterviewScheduler scheduler = new InterviewScheduler();
        scheduler.em = em;
        scheduler.events = events;
        scheduler.audit = audit;
        StaffRegistry registry = new StaffRegistry();
        registry.em = em;
        registry.audit = audit;
        InterviewRecords records = new InterviewRecords() {
            @Override
            java.time.ZoneId zone() {
                return legal.calendar().zone();
            }
        };
        records.em = em;
        records.scheduler = scheduler;
        records.access = access;
        records.events = events;
        records.audit = audit;
        Assessments assessments = new Assessments() {
            @Override
            LegalProfile profile() {
                return legal;
            }
        };
        assessments.em = em;
        assessments.scheduler = scheduler;
        assessments.records = records;
        assessments.access = access;
        assessments.audit = audit;
        AppointmentNotices notices = new AppointmentNotices() {
            @Override
            java.time.ZoneId zone() {
                return ZoneOffset.UTC;
            }
        };
        notices.em = em;
        notices.scheduler = scheduler;
        notices.access = access;
        notices.audit = audit;
        return new Desk(scheduler, registry, records, assessments, notices);
    }

    /** A registered application; {@code sex} F, M, X or null; interpreter language tir unless null. */
    String application(String sex, String language, boolean sameGenderInterviewer, boolean sameGenderInterpreter) {
        return db.readInTransaction(em -> {
            Instant made = Instant.now().minus(Duration.ofDays(3));
            AsylumApplication a = new AsylumApplication(null,
                    new Person("Tesfay", "Selam", null, "1999", sex, List.of("ERI"), List.of("tir")),
                    new InterpreterNeeds(language, sameGenderInterviewer, sameGenderInterpreter), made,
                    MadeWhere.RSD_DESK, "clerk", made);
            a.register(made.plus(Duration.ofDays(1)));
            a.assignOfficer(OFFICER);
            a.representedBy("legal.representative");
            em.persist(a);
            return a.id();
        });
    }

    String interviewer(String userName, Gender gender, String... languages) {
        return atDesk(d -> d.registry().registerInterviewer(userName, gender, List.of(languages), "rsd.supervisor").id());
    }

    String interpreter(String name, Gender gender, String... languages) {
        return atDesk(d -> d.registry().registerInterpreter(name, List.of(languages), gender, "+00 000", "rsd.supervisor")
                .id());
    }

    void change(String applicationId, Consumer<AsylumApplication> change) {
        db.inTransaction(em -> change.accept(em.find(AsylumApplication.class, applicationId)));
    }

    long count(String jpql) {
        return db.readInTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    List<String> events(String type) {
        return db.readInTransaction(em -> em.createQuery("SELECT e.data FROM OutboxEvent e WHERE e.type = :t ORDER BY e.id",
                String.class).setParameter("t", type).getResultList());
    }

    List<String> allEventData() {
        return db.readInTransaction(em -> em.createQuery("SELECT e.data FROM OutboxEvent e", String.class).getResultList());
    }

    /** A time on a future day, so that bookings are never in the past. */
    static Instant day(int hour, int minute) {
        return Instant.now().plus(Duration.ofDays(7)).atZone(ZoneOffset.UTC).toLocalDate()
                .atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    /** The start of an interview that has already taken place: three hours ago, on the minute. */
    static Instant heldEarlier() {
        return Instant.now().minus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    // beans of other packages take their collaborators by package-private field injection
    static <T> T set(T bean, String name, Object value) {
        try {
            Field field = bean.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(bean, value);
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
