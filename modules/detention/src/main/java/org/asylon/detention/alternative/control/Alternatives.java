package org.asylon.detention.alternative.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.asylon.detention.alternative.entity.AlternativeOrder;
import org.asylon.detention.alternative.entity.AlternativeStatus;
import org.asylon.detention.alternative.entity.ComplianceKind;
import org.asylon.detention.alternative.entity.ComplianceRecord;
import org.asylon.detention.person.control.People;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.control.Listings;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ListItem;

/**
 * Alternatives to detention: ordered from the profile's list ({@code detention.alternatives}),
 * followed with compliance records, ended. A breach is recorded as a fact and changes nothing else:
 * no automatic detention (UNHCR Detention Guideline 4.3).
 */
@ApplicationScoped
@Transactional
public class Alternatives {

    static final String RULE = "detention.alternatives";

    private EntityManager em;
    private People people;
    private ActiveProfile profile;
    private AlternativeEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected Alternatives() {
        // for CDI's client proxy
    }

    @Inject
    public Alternatives(
            EntityManager em,
            People people,
            ActiveProfile profile,
            AlternativeEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.people = people;
        this.profile = profile;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public AlternativeOrder order(String personId, NewAlternativeTerms terms, String user) {
        DetainedPerson person = people.find(personId);
        List<String> known = profile.profile().list(RULE).stream().map(ListItem::code).toList();
        if (!known.contains(terms.code())) {
            throw ProblemException.invalidField(
                    "code",
                    "not an alternative of the profile's "
                            + RULE
                            + ": one of "
                            + String.join(", ", known));
        }
        Instant now = Instant.now(clock);
        AlternativeOrder alternative =
                new AlternativeOrder(
                        person.id(),
                        terms.code(),
                        terms.conditions(),
                        terms.startsAt() == null ? now : terms.startsAt(),
                        terms.endsAt(),
                        interval(terms.reportingInterval()),
                        user,
                        now);
        em.persist(alternative);
        person.ordered(now);
        em.flush();
        events.ordered(alternative);
        audit.record(user, "alternative.ordered", "alternative", alternative.id(), terms.code());
        return alternative;
    }

    /** Records that the person complied or breached; a breach changes nothing else. */
    public ComplianceRecord record(
            String id, ComplianceKind kind, Instant at, String note, String user) {
        AlternativeOrder alternative = find(id);
        Instant now = Instant.now(clock);
        Instant when = at == null ? now : at;
        if (when.isAfter(now)) {
            throw ProblemException.invalidField("at", "cannot be in the future");
        }
        ComplianceRecord record = alternative.record(kind, when, note, user, now);
        em.persist(record);
        em.flush();
        events.complianceRecorded(alternative, record);
        audit.record(user, "alternative.compliance-recorded", "alternative", id, kind.name());
        return record;
    }

    public AlternativeOrder end(String id, String ifMatch, Instant at, String user) {
        AlternativeOrder alternative = find(id);
        Versions.requireMatch(ifMatch, alternative.version());
        alternative.end(at == null ? Instant.now(clock) : at, user);
        em.flush();
        events.ended(alternative);
        audit.record(user, "alternative.ended", "alternative", id, null);
        return alternative;
    }

    public AlternativeOrder read(String id, String user) {
        AlternativeOrder alternative = find(id);
        audit.record(user, "alternative.read", "alternative", id, null);
        return alternative;
    }

    public List<AlternativeOrder> list(
            String personId, AlternativeStatus status, int limit, String user) {
        String jpql =
                "SELECT a FROM AlternativeOrder a WHERE 1 = 1"
                        + (personId == null ? "" : " AND a.personId = :person")
                        + (status == null ? "" : " AND a.status = :status")
                        + " ORDER BY a.orderedAt DESC, a.id DESC";
        var query = em.createQuery(jpql, AlternativeOrder.class);
        if (personId != null) {
            query.setParameter("person", personId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        List<AlternativeOrder> found = query.setMaxResults(limit).getResultList();
        Listings.audit(
                audit,
                user,
                "alternative.listed",
                "person=" + personId + " status=" + status,
                found.stream().map(AlternativeOrder::id).toList());
        return found;
    }

    public List<ComplianceRecord> compliance(String alternativeId) {
        return em.createQuery(
                        "SELECT c FROM ComplianceRecord c WHERE c.alternativeId = :a"
                                + " ORDER BY c.occurredAt, c.id",
                        ComplianceRecord.class)
                .setParameter("a", alternativeId)
                .getResultList();
    }

    public AlternativeOrder find(String id) {
        AlternativeOrder alternative = id == null ? null : em.find(AlternativeOrder.class, id);
        if (alternative == null) {
            throw ProblemException.notFound("alternative", id);
        }
        return alternative;
    }

    /** An ISO 8601 duration (PT48H) or period (P7D, P1M), kept as written. */
    static String interval(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.contains("T")) {
                Duration d = Duration.parse(text);
                if (d.isNegative() || d.isZero()) {
                    throw new DateTimeParseException("not positive", text, 0);
                }
            } else {
                Period p = Period.parse(text);
                if (p.isNegative() || p.isZero()) {
                    throw new DateTimeParseException("not positive", text, 0);
                }
            }
            return text;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(
                    "reportingInterval", "an ISO 8601 duration such as P7D or PT48H");
        }
    }
}
