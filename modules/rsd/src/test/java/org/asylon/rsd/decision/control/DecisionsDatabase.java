package org.asylon.rsd.decision.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.asylon.rsd.testing.Fire;
import org.asylon.kernel.audit.boundary.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.security.Roles;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.rsd.application.control.Caller;
import org.asylon.rsd.application.control.RsdEvents;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.application.entity.Relationship;
import org.asylon.rsd.application.entity.TrackAssignment;
import org.asylon.rsd.appeal.control.AppealDesk;
import org.asylon.rsd.appeal.control.AppealEvents;
import org.asylon.rsd.appeal.entity.Appeal;
import org.asylon.rsd.appeal.entity.Suspension;
import org.asylon.rsd.decision.entity.AppealWindow;
import org.asylon.rsd.decision.entity.Decision;
import org.asylon.rsd.decision.entity.LegalBasis;
import org.asylon.rsd.decision.entity.Notification;

/**
 * RSD's real schema in memory under a named legal profile, with the decision and appeal desks wired by
 * hand as CDI would wire them, a clock the test moves, and the CDI events fired kept for inspection.
 */
public final class DecisionsDatabase implements AutoCloseable {

    public static final String OFFICER = "eligibility.officer";
    public static final String OFFICER2 = "eligibility.officer2";
    public static final String SUPERVISOR = "rsd.supervisor";
    public static final String APPEAL_OFFICER = "appeal.officer";
    public static final String SENIOR = "senior.officer";
    public static final String REPRESENTATIVE = "legal.representative";

    public final TestDatabase db = TestDatabase.forModule("rsd", AuditRecord.class, KernelSequence.class,
            OutboxEvent.class, InstantConverter.class, AsylumApplication.class, Person.class, InterpreterNeeds.class,
            TrackAssignment.class, Decision.class, LegalBasis.class, Notification.class, AppealWindow.class,
            Appeal.class, Suspension.class);
    public final MovableClock clock = new MovableClock(Instant.parse("2026-07-01T08:00:00Z"));
    public final ActiveProfile active;
    /** StageChanged and AnchorRecorded, in the order fired (including by transactions rolled back). */
    public final List<Object> fired = new ArrayList<>();

    public DecisionsDatabase(String profile) {
        this(profile, null);
    }

    /** Under {@code profile}, looked up first in {@code profileDir} (a state's own profiles), if given. */
    public DecisionsDatabase(String profile, java.nio.file.Path profileDir) {
        active = new ActiveProfile();
        set(active, "name", profile);
        set(active, "directory", Optional.ofNullable(profileDir).map(java.nio.file.Path::toString));
        try {
            var load = ActiveProfile.class.getDeclaredMethod("load");
            load.setAccessible(true);
            load.invoke(active);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A caller with the demo user's roles (kernel demo-users.properties). */
    public static Caller caller(String name) {
        Set<String> roles = switch (name) {
            case SUPERVISOR -> Set.of(Roles.RSD_SUPERVISOR, Roles.ELIGIBILITY_OFFICER);
            case APPEAL_OFFICER -> Set.of(Roles.APPEAL_OFFICER);
            case SENIOR -> Set.of(Roles.ELIGIBILITY_OFFICER, Roles.APPEAL_OFFICER);
            case REPRESENTATIVE -> Set.of(Roles.LEGAL_REPRESENTATIVE);
            default -> Set.of(Roles.ELIGIBILITY_OFFICER);
        };
        return new Caller(name, new HashSet<>(roles)::contains);
    }

    public <T> T decisions(Function<DecisionDesk, T> work) {
        return db.readInTransaction(em -> work.apply(decisionDesk(em)));
    }

    public <T> T appeals(Function<AppealDesk, T> work) {
        return db.readInTransaction(em -> {
            AppealDesk desk = new AppealDesk();
            set(desk, "em", em);
            set(desk, "active", active);
            set(desk, "decisions", decisionDesk(em));
            AppealEvents events = new AppealEvents();
            set(events, "events", rsdEvents(em));
            set(desk, "events", events);
            set(desk, "audit", audit(em));
            set(desk, "stages", new Fire<>(fired::add));
            set(desk, "anchors", new Fire<>(fired::add));
            set(desk, "clock", clock);
            return work.apply(desk);
        });
    }

    private DecisionDesk decisionDesk(EntityManager em) {
        DecisionDesk desk = new DecisionDesk();
        desk.em = em;
        desk.active = active;
        desk.events = new DecisionEvents();
        desk.events.events = rsdEvents(em);
        desk.audit = audit(em);
        desk.stages = new Fire<>(fired::add);
        desk.anchors = new Fire<>(fired::add);
        desk.clock = clock;
        return desk;
    }

    private static RsdEvents rsdEvents(EntityManager em) {
        RsdEvents events = new RsdEvents();
        EventPublisher publisher = new EventPublisher();
        set(publisher, "em", em);
        set(events, "publisher", publisher);
        return events;
    }

    private static AuditTrail audit(EntityManager em) {
        AuditTrail audit = new AuditTrail();
        set(audit, "em", em);
        return audit;
    }

    /** A lodged application with its file holders; {@code setup} may change it before it is stored. */
    public String application(Consumer<AsylumApplication> setup) {
        return db.readInTransaction(em -> {
            Instant made = clock.instant().minus(Duration.ofDays(60));
            AsylumApplication a = new AsylumApplication(null, new Person("Haile", "Selam", null, "1995-03-01", "F",
                    List.of("ERI"), List.of("tir")), null, made, MadeWhere.RSD_DESK, "clerk", made);
            a.register(made.plus(Duration.ofDays(1)));
            a.lodge(made.plus(Duration.ofDays(2)));
            a.assignOfficer(OFFICER);
            a.assignReviewer(OFFICER2);
            a.assignAppealOfficer(APPEAL_OFFICER);
            a.representedBy(REPRESENTATIVE);
            setup.accept(a);
            em.persist(a);
            return a.id();
        });
    }

    public String application() {
        return application(a -> { });
    }

    /** A lodged dependant of {@code principal}, with or without a claim of their own. */
    public String dependant(String principal, boolean ownClaim) {
        return db.readInTransaction(em -> {
            Instant made = clock.instant().minus(Duration.ofDays(60));
            AsylumApplication a = new AsylumApplication(null, new Person("Haile", "Yonas", null, "2018-05-01", "M",
                    List.of("ERI"), List.of("tir")), null, made, MadeWhere.RSD_DESK, "clerk", made);
            a.dependantOf(em.find(AsylumApplication.class, principal), Relationship.CHILD, ownClaim);
            a.register(made.plus(Duration.ofDays(1)));
            a.lodge(made.plus(Duration.ofDays(2)));
            a.assignOfficer(OFFICER);
            em.persist(a);
            return a.id();
        });
    }

    public static TrackAssignment track(String code) {
        return new TrackAssignment(code, "test", null, null, "test", false);
    }

    public AsylumApplication find(String id) {
        return db.readInTransaction(em -> em.find(AsylumApplication.class, id));
    }

    /** The data of every event of {@code type} on the feed, in order. */
    public List<JsonObject> events(String type) {
        return db.readInTransaction(em -> em.createQuery("SELECT e.data FROM OutboxEvent e WHERE e.type = :t ORDER BY e.id",
                String.class).setParameter("t", type).getResultList()).stream().map(DecisionsDatabase::json).toList();
    }

    /** Every event on the feed as raw JSON text. */
    public List<String> allEvents() {
        return db.readInTransaction(em -> em.createQuery("SELECT e.data FROM OutboxEvent e ORDER BY e.id", String.class)
                .getResultList());
    }

    public long count(String jpql) {
        return db.readInTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static void set(Object bean, String name, Object value) {
        try {
            Class<?> type = bean.getClass();
            Field field = null;
            while (field == null && type != null) {
                field = Arrays.stream(type.getDeclaredFields()).filter(f -> f.getName().equals(name)).findFirst().orElse(null);
                type = type.getSuperclass();
            }
            if (field == null) {
                throw new IllegalArgumentException(bean.getClass() + " has no field " + name);
            }
            field.setAccessible(true);
            field.set(bean, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        db.close();
    }

    /** A clock the test moves forward. */
    public static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        public void advance(Duration by) {
            now = now.plus(by);
        }

        public void set(Instant to) {
            now = to;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
