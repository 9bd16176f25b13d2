package org.asylon.rsd.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditChain;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.asylon.kernel.code.Languages;
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
    public ApplicationsFromReception(
            ApplicationDesk desk, Event<FlagsChanged> flagsChanged, Clock clock) {
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
                // Households carry ids only (relationships are read through reception's API, which
                // RSD has no
                // role for), accommodation and documents are reception's own work, and
                // consent-withdrawn
                // concerns data shared with partner organisations under a partner referral: RSD
                // never
                // receives that data, so it has nothing to erase. None of them is RSD's business.
            }
        }
    }

    private void received(EntityManager em, JsonObject data) {
        String arrivalId = data.getString("arrivalId");
        if (em.find(ReceptionArrival.class, arrivalId) != null) {
            return;
        }
        Person person =
                new Person(
                        data.getString("surname", null),
                        data.getString("givenNames", null),
                        data.getString("originalScriptName", null),
                        data.getString("dateOfBirth", null),
                        data.getString("sex", null),
                        strings(data, "nationalities"),
                        strings(data, "languages"));
        em.persist(
                new ReceptionArrival(
                        arrivalId,
                        data.getString("sourceEncounterId", null),
                        person,
                        data.getBoolean("unaccompaniedChild", false),
                        Instant.parse(data.getString("registeredAt")),
                        Instant.now(clock)));
        new AuditChain()
                .append(
                        em,
                        AuditEntry.of(
                                SYSTEM,
                                "reception-arrival.received",
                                "reception-arrival",
                                arrivalId,
                                null));
    }

    /**
     * The application counts as made when and where the wish to seek protection was expressed.
     * Reception passes on, unchanged, the time the person first asked for protection as entry
     * recorded it ({@code protectionRequestedAt}, one time for the whole suite): the application is
     * made then, and the registration deadline runs from it. A referral without it (reception's
     * events before the field existed, or no request at the border) falls back to reception's own
     * time of the wish ({@code asylumRequestedAt}), and a referral an officer decided without a
     * recorded wish was made at reception when decided; the audit record of the opening says which
     * time was used. The interview language is the first ISO 639-3 code of the referral's {@code
     * languages}, when it carries any.
     */
    private void referredToAsylum(EntityManager em, JsonObject data) {
        String arrivalId = data.getString("arrivalId");
        MadeWhere madeWhere =
                "BORDER".equals(data.getString("asylumRequestedWhere", null))
                        ? MadeWhere.BORDER
                        : MadeWhere.RECEPTION;
        Optional<AsylumApplication> latest = applicationOf(em, arrivalId);
        if (latest.isPresent()) {
            renewed(em, latest.get(), data, madeWhere);
            return;
        }
        ReceptionArrival arrival = arrival(em, arrivalId);
        Made made = madeAt(data);
        Person p = arrival.person(); // a copy of its own: one embedded object never serves two
        // entities
        Person person =
                new Person(
                        p.surname(),
                        p.givenNames(),
                        p.originalScriptName(),
                        p.dateOfBirth(),
                        p.sex(),
                        p.nationalities(),
                        p.languages());
        String language = interviewLanguage(data);
        AsylumApplication application =
                new AsylumApplication(
                        arrivalId,
                        person,
                        language == null
                                ? InterpreterNeeds.none()
                                : new InterpreterNeeds(language, false, false),
                        made.at(),
                        madeWhere,
                        SYSTEM,
                        Instant.now(clock));
        // the flags known so far go in before opening, so that triage sees them on its first run
        if (arrival.unaccompaniedChild()) {
            application.markUnaccompaniedChild();
        }
        if (!arrival.vulnerabilities().isEmpty() || arrival.priority()) {
            application.noteVulnerabilities(arrival.vulnerabilities(), arrival.priority());
        }
        desk.open(application, null, null, true, SYSTEM);
        new AuditChain()
                .append(
                        em,
                        AuditEntry.of(
                                SYSTEM,
                                "application.made-at",
                                "asylum-application",
                                application.id(),
                                made.at()
                                        + " from "
                                        + made.field()
                                        + (language == null
                                                ? ""
                                                : "; interview language "
                                                        + language
                                                        + " from the referral's languages")));
    }

    /**
     * Another referral of an arrival that already has an application. While that claim is pending
     * or decided it changes nothing (e.g. a wish recorded after an officer's referral). After the
     * claim was withdrawn, a referral decided later is the person asking again: the profile's
     * asylum.renewed-request reopens the claim or opens a subsequent application linked to it,
     * asked again when reception recorded the wish, if after the withdrawal, else when it referred.
     * A referral decided before the withdrawal (the first one, delivered again) does nothing.
     */
    private void renewed(
            EntityManager em, AsylumApplication latest, JsonObject data, MadeWhere where) {
        Instant closed = latest.closedAt() == null ? latest.madeAt() : latest.closedAt();
        Optional<Instant> decided = instant(data, "decidedAt");
        if (!latest.renewable() || decided.isEmpty() || !decided.get().isAfter(closed)) {
            return;
        }
        Instant askedAgain =
                instant(data, "asylumRequestedAt")
                        .filter(t -> t.isAfter(closed))
                        .orElse(decided.get());
        ApplicationDesk.Renewal renewal =
                desk.renew(
                        latest,
                        askedAgain.isAfter(Instant.now(clock)) ? Instant.now(clock) : askedAgain,
                        where,
                        SYSTEM);
        new AuditChain()
                .append(
                        em,
                        AuditEntry.of(
                                SYSTEM,
                                "application.renewed-request",
                                "asylum-application",
                                renewal.application().id(),
                                "reception referral of arrival "
                                        + latest.sourceArrivalId()
                                        + " decided "
                                        + decided.get()
                                        + (renewal.subsequent()
                                                ? "; subsequent to " + latest.id()
                                                : "; reopened")));
    }

    /** When the application was made, and from which field of the referral. */
    record Made(Instant at, String field) {}

    /**
     * {@code protectionRequestedAt} when the referral carries a readable one, else {@code
     * asylumRequestedAt}, else {@code decidedAt}: a value that cannot be read is passed over, never
     * a reason to stop the feed.
     */
    static Made madeAt(JsonObject data) {
        for (String field : List.of("protectionRequestedAt", "asylumRequestedAt", "decidedAt")) {
            Optional<Instant> at = instant(data, field);
            if (at.isPresent()) {
                return new Made(at.get(), field);
            }
        }
        throw new IllegalStateException(
                "referral-made for arrival "
                        + data.getString("arrivalId", "?")
                        + " carries no readable decidedAt");
    }

    /**
     * The first valid ISO 639-3 code of the referral's {@code languages}, or null when it has none.
     */
    static String interviewLanguage(JsonObject data) {
        if (!(data.get("languages") instanceof JsonArray languages)) {
            return null;
        }
        return languages.stream()
                .filter(v -> v instanceof JsonString)
                .map(v -> ((JsonString) v).getString().strip())
                .filter(Languages::isValid)
                .findFirst()
                .orElse(null);
    }

    private static Optional<Instant> instant(JsonObject data, String field) {
        if (!(data.get(field) instanceof JsonString text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.getString()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
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
        if (!before.equals(application.vulnerabilities())
                || wasPriority != application.priority()
                || wasChild != application.unaccompaniedChild()) {
            flagsChanged.fire(new FlagsChanged(application));
        }
        new AuditChain()
                .append(
                        em,
                        AuditEntry.of(
                                SYSTEM,
                                "application.vulnerabilities-noted",
                                "asylum-application",
                                application.id(),
                                "assessment " + data.getString("assessmentId", "?")));
    }

    /** The arrival's latest application (the last subsequent one, if any). */
    private static Optional<AsylumApplication> applicationOf(EntityManager em, String arrivalId) {
        return em.createQuery(
                        "SELECT a FROM AsylumApplication a WHERE a.sourceArrivalId = :id ORDER BY a.renewal DESC",
                        AsylumApplication.class)
                .setParameter("id", arrivalId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Reception's feed is ordered and gap-free: an arrival is always registered before anything
     * else about it.
     */
    private static ReceptionArrival arrival(EntityManager em, String arrivalId) {
        ReceptionArrival arrival = em.find(ReceptionArrival.class, arrivalId);
        if (arrival == null) {
            throw new IllegalStateException(
                    "arrival " + arrivalId + " mentioned before reception registered it");
        }
        return arrival;
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.containsKey(name) && !json.isNull(name)
                ? json.getJsonArray(name).getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList()
                : List.of();
    }
}
