package org.asylon.reception.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.reception.SeenRecords;
import org.asylon.reception.arrival.control.ArrivalDesk;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.document.entity.DocumentNumber;
import org.asylon.reception.document.entity.TemporaryDocument;
import org.asylon.reception.document.entity.Validity;
import org.asylon.reception.household.control.HouseholdDesk;
import org.asylon.reception.household.entity.Household;
import org.asylon.reception.household.entity.HouseholdStatus;

/** Issues, replaces and revokes temporary documents; finds them by number. */
@ApplicationScoped
@Transactional
public class DocumentOffice {

    /**
     * The kernel_sequence row the numbers are drawn from (created by V3__temporary_documents.sql).
     */
    static final String SEQUENCE = "temporary-document";

    private EntityManager em;
    private ArrivalDesk desk;
    private ActiveProfile profile;
    private DocumentEvents events;
    private HouseholdDesk households;
    private AuditTrail audit;
    private Clock clock;

    protected DocumentOffice() {
        // for CDI's client proxy
    }

    @Inject
    public DocumentOffice(
            EntityManager em,
            ArrivalDesk desk,
            ActiveProfile profile,
            DocumentEvents events,
            HouseholdDesk households,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.desk = desk;
        this.profile = profile;
        this.events = events;
        this.households = households;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues a document to the arrival; the person's current document, if any, is replaced by it. A
     * person covered by a current household document gets one only after that is revoked: replacing
     * it would silently leave the other members without a valid paper.
     */
    public TemporaryDocument issue(String arrivalId, String user) {
        Arrival arrival = desk.find(arrivalId);
        currentOf(arrival.id()).stream()
                .filter(TemporaryDocument::forHousehold)
                .findFirst()
                .ifPresent(
                        shared -> {
                            throw new ProblemException(
                                    ProblemType.CONFLICT,
                                    "Arrival "
                                            + arrivalId
                                            + " is covered by household "
                                            + "document "
                                            + shared.number()
                                            + ". Revoke it first (with the reason), then issue each member "
                                            + "of the household a document of their own.");
                        });
        Validity validity = validityCountedFrom(arrival.registeredAt());
        Instant now = Instant.now(clock);
        LocalDate today = today();
        return issued(
                number ->
                        new TemporaryDocument(
                                number,
                                arrival.id(),
                                arrival.registeredAt(),
                                validity,
                                now,
                                today,
                                user),
                user,
                now);
    }

    /**
     * Issues one document to a household, where the profile says so ({@link DocumentPerHousehold}):
     * held by the focal point, covering every current member, whose current documents it replaces.
     */
    public TemporaryDocument issueToHousehold(String householdId, String user) {
        DocumentPerHousehold.requireAllowed(profile.profile());
        Household household = households.work(register -> register.find(householdId));
        if (household.status() != HouseholdStatus.ACTIVE) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Household "
                            + householdId
                            + " was merged into "
                            + household.mergedInto()
                            + ": issue the document to that household.");
        }
        List<Arrival> members =
                household.members().stream().map(m -> desk.find(m.arrivalId())).toList();
        Instant registeredAt = DocumentPerHousehold.validityAnchor(members);
        Validity validity = validityCountedFrom(registeredAt);
        Instant now = Instant.now(clock);
        LocalDate today = today();
        return issued(
                number ->
                        TemporaryDocument.forHousehold(
                                number,
                                household.id(),
                                household.focalPoint(),
                                members.stream().map(Arrival::id).toList(),
                                registeredAt,
                                validity,
                                now,
                                today,
                                user),
                user,
                now);
    }

    private Validity validityCountedFrom(Instant registeredAt) {
        Validity validity = DocumentValidity.from(profile.deadlines(), registeredAt);
        if (validity.until().isBefore(today())) {
            // the rule counts from registration, so a new paper would be expired the day it is
            // printed;
            // the profile has no renewal rule, and inventing one here would be a legal choice made
            // in code
            throw ProblemException.ruleViolated(
                    validity.rule(),
                    validity.basis(),
                    "The validity counted from "
                            + "registration ended on "
                            + validity.until()
                            + " ("
                            + validity.explanation()
                            + "). "
                            + "A document issued today would already be expired.");
        }
        return validity;
    }

    /**
     * Numbers, persists and announces a new document; the current documents of everyone it covers
     * end.
     */
    private TemporaryDocument issued(
            Function<String, TemporaryDocument> numbered, String user, Instant now) {
        // the locked row serialises issuance, so two clerks cannot both replace the same current
        // document
        TemporaryDocument document =
                numbered.apply(DocumentNumber.issue(KernelSequence.lock(em, SEQUENCE).next()));
        List<String> covered =
                document.forHousehold() ? document.members() : List.of(document.arrivalId());
        Set<String> replaced = new TreeSet<>();
        for (String arrivalId : covered) {
            for (TemporaryDocument previous : currentOf(arrivalId)) {
                if (replaced.add(previous.number())) {
                    previous.replaceBy(document.number(), user, now);
                }
            }
        }
        em.persist(document);
        em.flush();
        events.issued(document, List.copyOf(replaced));
        audit.record(
                user,
                "document.issued",
                "temporary-document",
                document.id(),
                document.number()
                        + (document.forHousehold() ? ", household " + document.householdId() : "")
                        + (replaced.isEmpty() ? "" : ", replaces " + String.join(", ", replaced)));
        return document;
    }

    public TemporaryDocument revoke(
            String typedNumber, String ifMatch, String reason, String user) {
        TemporaryDocument document = find(typedNumber);
        Versions.requireMatch(ifMatch, document.version());
        document.revoke(reason, user, Instant.now(clock));
        em.flush();
        events.revoked(document);
        audit.record(
                user, "document.revoked", "temporary-document", document.id(), document.number());
        return document;
    }

    /**
     * @throws ProblemException 400 for a number whose check digits do not match (a typing slip,
     *     said as such), 404 for a well-formed number never issued
     */
    public TemporaryDocument find(String typedNumber) {
        String number =
                DocumentNumber.parse(typedNumber)
                        .orElseThrow(
                                () ->
                                        ProblemException.badRequest(
                                                "number",
                                                "not a document number, or its check digits do not match: check it for a mistyped digit"));
        return em.createQuery(
                        "SELECT d FROM TemporaryDocument d WHERE d.number = :n",
                        TemporaryDocument.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("temporary document", number));
    }

    /**
     * The documents that serve the person: their own and the household documents that cover them.
     */
    public List<TemporaryDocument> ofArrival(String arrivalId) {
        desk.find(arrivalId);
        // EXISTS, not MEMBER OF: EclipseLink joins the member table for MEMBER OF, losing personal
        // documents
        return em.createQuery(
                        "SELECT d FROM TemporaryDocument d WHERE d.arrivalId = :a OR EXISTS (SELECT h FROM"
                                + " TemporaryDocument h JOIN h.members m WHERE h = d AND m = :a) ORDER BY d.issuedAt DESC",
                        TemporaryDocument.class)
                .setParameter("a", arrivalId)
                .getResultList();
    }

    /** The arrival's documents, for the officer who looks (audited with the ids shown). */
    public List<TemporaryDocument> readOfArrival(String arrivalId, String user) {
        List<TemporaryDocument> found = ofArrival(arrivalId);
        SeenRecords.details(found.stream().map(TemporaryDocument::id).toList())
                .forEach(seen -> audit.record(user, "document.listed", "arrival", arrivalId, seen));
        return found;
    }

    public Arrival holder(TemporaryDocument document) {
        return desk.find(document.arrivalId());
    }

    /**
     * The people a household document covers, as listed on its certificate; empty for a personal
     * one.
     */
    public List<Arrival> members(TemporaryDocument document) {
        return document.members().stream().map(desk::find).toList();
    }

    /**
     * Today in the profile's zone: a document valid "until 30 June" is valid all of 30 June there.
     */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(profile.profile().calendar().zone()));
    }

    private List<TemporaryDocument> currentOf(String arrivalId) {
        return ofArrival(arrivalId).stream().filter(TemporaryDocument::current).toList();
    }
}
