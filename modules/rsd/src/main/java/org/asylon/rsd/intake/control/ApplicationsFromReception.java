package org.asylon.rsd.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditChain;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedEventHandler;
import org.asylon.rsd.application.control.ApplicationDesk;
import org.asylon.rsd.application.control.FlagsChanged;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.intake.entity.ReceptionArrival;

/**
 * Follows reception's feed. Every arrival is remembered; the referral of an arrival to the asylum
 * procedure opens its application, once (the arrival id is unique on applications, and the feed's
 * cursor commits with the effect, so neither a restart nor a redelivered page opens a second one).
 * Vulnerability assessments reach the application, or wait on the arrival until it opens.
 *
 * <p>Runs in the feed consumer's JTA transaction. Its own rows go through the given EntityManager;
 * the desk's container-managed EntityManager joins the same transaction, hence the same persistence
 * context, so opening an application here is the desk's ordinary {@code open} (claim-pending event,
 * {@code ApplicationOpened} for triage, the made anchor, audit) committing with the cursor.
 */
@ApplicationScoped
public class ApplicationsFromReception implements FeedEventHandler {

    /** The feed's name: configuration keys {@code asylon.feed.reception.*} and the cursor's row. */
    public static final String FEED = "reception";
    static final String SYSTEM = "feed:reception";

    static final String ARRIVAL_REGISTERED = "org.asylon.reception.arrival-registered.v1";
    static final String REFERRAL_MADE = "org.asylon.reception.referral-made.v1";
    static final String VULNERABILITY_RECORDED = "org.asylon.reception.vulnerability-recorded.v1";
    static final String ASYLUM_PROCEDURE = "ASYLUM_PROCEDURE";

    private ApplicationDesk desk;
    private Event<FlagsChanged> flagsChanged;
    private Clock clock;

    protected ApplicationsFromReception() {
        // for CDI's client proxy
    }

    @Inject
    public ApplicationsFromReception(ApplicationDesk desk, Event<FlagsChanged> flagsChanged, Clock clock) {
        this.desk = desk;
        this.flagsChanged = flagsChanged;
        this.clock = clock;
    }

    @Override
    public void apply(CloudEvent event, EntityManager em) {
        JsonObject data = event.data();
        switch (event.type()) {
            case ARRIVAL_REGISTERED -> received(em, data);
            case REFERRAL_MADE -> {
                if (ASYLUM_PROCEDURE.equals(data.getString("channel", null))) {
                    referredToAsylum(em, data);
                }
            }
            case VULNERABILITY_RECORDED -> vulnerabilities(em, data);
            default -> {
                // Households carry ids only (relationships are read through reception's API, which RSD has no
                // role for), accommodation and documents are reception's own work, and consent-withdrawn
                // concerns data shared with partner organisations under a partner referral: RSD never
                // receives that data, so it has nothing to erase. None of them is RSD's business.
            }
        }
    }

    private void received(EntityManager em, JsonObject data) {
        String arrivalId = data.getString("arrivalId");
        if (em.find(ReceptionArrival.class, arrivalId) != null) {
            return;
        }
        Person person = new Person(data.getString("surname", null), data.getString("givenNames", null),
                data.getString("originalScriptName", null), data.getString("dateOfBirth", null),
                data.getString("sex", null), strings(data, "nationalities"), strings(data, "languages"));
        em.persist(new ReceptionArrival(arrivalId, data.getString("sourceEncounterId", null), person,
                data.getBoolean("unaccompaniedChild", false), Instant.parse(data.getString("registeredAt")),
                Instant.now(clock)));
        new AuditChain().append(em, AuditEntry.of(SYSTEM, "reception-arrival.received", "reception-arrival",
                arrivalId, null));
    }

    /**
     * The application counts as made when and where the wish was expressed, which reception states
     * with the referral ({@code asylumRequestedAt}, {@code asylumRequestedWhere}); a referral an
     * officer decided without a recorded wish was made at reception when decided.
     */
    private void referredToAsylum(EntityManager em, JsonObject data) {
        String arrivalId = data.getString("arrivalId");
        if (applicationOf(em, arrivalId).isPresent()) {
            return; // a second referral to the procedure (e.g. a wish recorded after an officer's referral)
        }
        ReceptionArrival arrival = arrival(em, arrivalId);
        Instant madeAt = Instant.parse(data.getString("asylumRequestedAt", data.getString("decidedAt")));
        MadeWhere madeWhere = "BORDER".equals(data.getString("asylumRequestedWhere", null)) ? MadeWhere.BORDER
                : MadeWhere.RECEPTION;
        Person p = arrival.person(); // a copy of its own: one embedded object never serves two entities
        Person person = new Person(p.surname(), p.givenNames(), p.originalScriptName(), p.dateOfBirth(), p.sex(),
                p.nationalities(), p.languages());
        AsylumApplication application = new AsylumApplication(arrivalId, person, InterpreterNeeds.none(),
                madeAt, madeWhere, SYSTEM, Instant.now(clock));
        // the flags known so far go in before opening, so that triage sees them on its first run
        if (arrival.unaccompaniedChild()) {
            application.markUnaccompaniedChild();
        }
        if (!arrival.vulnerabilities().isEmpty() || arrival.priority()) {
            application.noteVulnerabilities(arrival.vulnerabilities(), arrival.priority());
        }
        desk.open(application, null, null, true, SYSTEM);
    }

    private void vulnerabilities(EntityManager em, JsonObject data) {
        String arrivalId = data.getString("arrivalId");
        List<String> categories = strings(data, "categories");
        boolean priority = "PRIORITY".equals(data.getString("priority", null));
        arrival(em, arrivalId).noteVulnerabilities(categories, priority);
        Optional<AsylumApplication> open = applicationOf(em, arrivalId);
        if (open.isEmpty()) {
            return; // kept on the arrival until the referral opens the application
        }
        AsylumApplication application = open.get();
        List<String> before = application.vulnerabilities();
        boolean wasPriority = application.priority();
        boolean wasChild = application.unaccompaniedChild();
        application.noteVulnerabilities(categories, priority);
        if (!before.equals(application.vulnerabilities()) || wasPriority != application.priority()
                || wasChild != application.unaccompaniedChild()) {
            flagsChanged.fire(new FlagsChanged(application));
        }
        new AuditChain().append(em, AuditEntry.of(SYSTEM, "application.vulnerabilities-noted", "asylum-application",
                application.id(), "assessment " + data.getString("assessmentId", "?")));
    }

    private static Optional<AsylumApplication> applicationOf(EntityManager em, String arrivalId) {
        return em.createQuery("SELECT a FROM AsylumApplication a WHERE a.sourceArrivalId = :id", AsylumApplication.class)
                .setParameter("id", arrivalId).getResultStream().findFirst();
    }

    /** Reception's feed is ordered and gap-free: an arrival is always registered before anything else about it. */
    private static ReceptionArrival arrival(EntityManager em, String arrivalId) {
        ReceptionArrival arrival = em.find(ReceptionArrival.class, arrivalId);
        if (arrival == null) {
            throw new IllegalStateException("arrival " + arrivalId + " mentioned before reception registered it");
        }
        return arrival;
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.containsKey(name) && !json.isNull(name)
                ? json.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : List.of();
    }
}
