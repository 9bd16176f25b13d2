package org.asylon.rsd.intake.control;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.util.List;
import org.asylon.rsd.testing.Fire;
import org.asylon.kernel.audit.boundary.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.feed.consumer.FeedCursor;
import org.asylon.kernel.feed.consumer.FeedEventHandler;
import org.asylon.kernel.feed.consumer.ResourceLocalFeedStore;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.rsd.application.control.ApplicationDesk;
import org.asylon.rsd.application.control.ApplicationOpened;
import org.asylon.rsd.application.control.FlagsChanged;
import org.asylon.rsd.application.control.RsdEvents;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.application.entity.TrackAssignment;
import org.asylon.rsd.intake.entity.ReceptionArrival;

/**
 * RSD's real schema in memory and a feed store over it, with the handler and the desk wired by hand
 * per transaction as the container wires them (one persistence context for both).
 */
final class IntakeDatabase implements AutoCloseable {

    final TestDatabase db = TestDatabase.forModule("rsd", AuditRecord.class, KernelSequence.class, OutboxEvent.class,
            InstantConverter.class, FeedCursor.class, AsylumApplication.class, Person.class, InterpreterNeeds.class,
            TrackAssignment.class, ReceptionArrival.class);
    final ResourceLocalFeedStore store = new ResourceLocalFeedStore(db.factory());
    final Fire<ApplicationOpened> opened = new Fire<>();
    final Fire<FlagsChanged> flagsChanged = new Fire<>();

    /** What the follower hands the store: the handler, wired to the transaction's EntityManager. */
    final FeedEventHandler handler = (event, em) -> handler(em).apply(event, em);

    ApplicationsFromReception handler(EntityManager em) {
        ApplicationDesk desk = new ApplicationDesk();
        RsdEvents events = new RsdEvents();
        set(events, "publisher", set(new EventPublisher(), "em", em));
        set(desk, "em", em);
        set(desk, "events", events);
        set(desk, "audit", set(new AuditTrail(), "em", em));
        set(desk, "opened", opened);
        set(desk, "anchors", new Fire<>());
        set(desk, "stages", new Fire<>());
        ApplicationsFromReception handler = new ApplicationsFromReception();
        handler.desk = desk;
        handler.flagsChanged = flagsChanged;
        return handler;
    }

    List<AsylumApplication> applications() {
        return db.readInTransaction(em -> em.createQuery("SELECT a FROM AsylumApplication a ORDER BY a.madeAt",
                AsylumApplication.class).getResultList());
    }

    long count(String jpql) {
        return db.readInTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    // the beans take their collaborators by field injection; a plain test sets them as the container would
    private static <T> T set(T bean, String name, Object value) {
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
