package org.asylon.rsd.testing;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.asylon.kernel.audit.boundary.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.DeadlineCalculator;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.rsd.application.control.AnchorRecorded;
import org.asylon.rsd.application.control.ApplicationDesk;
import org.asylon.rsd.application.control.ApplicationOpened;
import org.asylon.rsd.application.control.FlagsChanged;
import org.asylon.rsd.application.control.RsdEvents;
import org.asylon.rsd.application.control.StageChanged;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.application.entity.TrackAssignment;
import org.asylon.rsd.deadline.control.Caseload;
import org.asylon.rsd.deadline.control.DeadlineBook;
import org.asylon.rsd.deadline.entity.CaseAnchor;
import org.asylon.rsd.deadline.entity.CaseDeadline;
import org.asylon.rsd.triage.control.CountryData;
import org.asylon.rsd.triage.control.TrackChanged;
import org.asylon.rsd.triage.control.TriageDesk;
import org.asylon.rsd.triage.entity.RecognitionRate;
import org.asylon.rsd.triage.entity.SafeCountryOfOrigin;
import org.asylon.rsd.triage.entity.TrackHistory;

/**
 * The RSD schema in memory under one reference profile, with the desks wired by hand as CDI wires
 * them: the application desk's events reach triage and the deadline book in the same transaction.
 */
public final class RsdWorld implements AutoCloseable {

    /** The entities of the RSD schema these tests touch. */
    public static final Class<?>[] ENTITIES = {AuditRecord.class, KernelSequence.class, OutboxEvent.class,
        InstantConverter.class, AsylumApplication.class, Person.class, InterpreterNeeds.class, TrackAssignment.class,
        RecognitionRate.class, SafeCountryOfOrigin.class, TrackHistory.class, CaseAnchor.class, CaseDeadline.class};

    public final TestDatabase db;
    public final LegalProfile profile;
    private final ActiveProfile active;

    public RsdWorld(String profileName) {
        this(profileName, TestDatabase.forModule("rsd", ENTITIES));
    }

    /** On another database, e.g. {@code TestDatabase.inFreshPostgresSchema(url, "rsd", ENTITIES)}. */
    public RsdWorld(String profileName, TestDatabase db) {
        this.db = db;
        profile = new ProfileLoader().load(profileName);
        active = new ActiveProfile() {
            @Override
            public LegalProfile profile() {
                return profile;
            }

            @Override
            public DeadlineCalculator deadlines() {
                return new DeadlineCalculator(profile);
            }
        };
    }

    /** The beans of one transaction. */
    public final class Beans {
        public final EntityManager em;
        public final ApplicationDesk desk = new ApplicationDesk();
        public final TriageDesk triage = new TriageDesk();
        public final DeadlineBook deadlines = new DeadlineBook();
        public final CountryData countries = new CountryData();
        public final Caseload caseload = new Caseload();
        private final Fire<FlagsChanged> flags;

        Beans(EntityManager em) {
            this.em = em;
            AuditTrail audit = set(new AuditTrail(), "em", em);
            RsdEvents events = set(new RsdEvents(), "publisher", set(new EventPublisher(), "em", em));
            set(deadlines, "em", em);
            set(deadlines, "active", active);
            set(deadlines, "alertWindow", "P7D");
            set(triage, "em", em);
            set(triage, "active", active);
            set(triage, "events", events);
            set(triage, "audit", audit);
            set(triage, "changes", new Fire<TrackChanged>(deadlines::onTrack));
            set(countries, "em", em);
            set(countries, "audit", audit);
            set(caseload, "em", em);
            set(desk, "em", em);
            set(desk, "events", events);
            set(desk, "audit", audit);
            set(desk, "opened", new Fire<ApplicationOpened>(triage::onOpened));
            set(desk, "anchors", new Fire<AnchorRecorded>(deadlines::onAnchor));
            set(desk, "stages", new Fire<StageChanged>(deadlines::onStage));
            flags = new Fire<>(triage::onFlagsChanged);
        }

        /** What the decisions and appeals desks and reception's feed do: fire the core's CDI events. */
        public void stageChanged(StageChanged change) {
            deadlines.onStage(change);
        }

        public void anchor(AsylumApplication a, String anchor, Instant at) {
            deadlines.onAnchor(new AnchorRecorded(a, anchor, at));
        }

        public void flagsChanged(AsylumApplication a) {
            flags.fire(new FlagsChanged(a));
        }

        public AsylumApplication find(String id) {
            return desk.find(id);
        }
    }

    public <T> T tx(Function<Beans, T> work) {
        return db.readInTransaction(em -> work.apply(new Beans(em)));
    }

    public void run(Consumer<Beans> work) {
        db.inTransaction(em -> work.accept(new Beans(em)));
    }

    /** Opens an application as the desk does (madeAt, where, nationalities, flags), returns its id. */
    public String open(Instant madeAt, MadeWhere where, List<String> nationalities, boolean unaccompaniedChild,
            boolean specialNeeds) {
        return tx(b -> {
            AsylumApplication a = new AsylumApplication(null, new Person("Tesfay", "Selam", null, "2001-01-01", "F",
                    nationalities, List.of("tir")), InterpreterNeeds.none(), madeAt, where, "clerk", madeAt);
            if (unaccompaniedChild) {
                a.markUnaccompaniedChild();
            }
            a.markSpecialProceduralNeeds(specialNeeds);
            b.desk.open(a, null, null, true, "clerk");
            return a.id();
        });
    }

    public long count(String jpql) {
        return db.readInTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    public static <T> T set(T bean, String name, Object value) {
        try {
            Class<?> type = bean.getClass();
            Field field = null;
            while (field == null && type != null) {
                try {
                    field = type.getDeclaredField(name);
                } catch (NoSuchFieldException e) {
                    type = type.getSuperclass();
                }
            }
            if (field == null) {
                throw new IllegalArgumentException("no field " + name + " in " + bean.getClass());
            }
            field.setAccessible(true);
            field.set(bean, value);
            return bean;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Clock fixed(Instant at) {
        return Clock.fixed(at, java.time.ZoneOffset.UTC);
    }

    @Override
    public void close() {
        db.close();
    }
}
