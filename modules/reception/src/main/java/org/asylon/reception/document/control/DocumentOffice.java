package org.asylon.reception.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.audit.boundary.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.reception.arrival.control.ArrivalDesk;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.document.entity.DocumentNumber;
import org.asylon.reception.document.entity.TemporaryDocument;
import org.asylon.reception.document.entity.Validity;

/** Issues, replaces and revokes temporary documents; finds them by number. */
@ApplicationScoped
@Transactional
public class DocumentOffice {

    /** The kernel_sequence row the numbers are drawn from (created by V3__temporary_documents.sql). */
    static final String SEQUENCE = "temporary-document";

    @PersistenceContext
    EntityManager em;

    @Inject
    ArrivalDesk desk;

    @Inject
    ActiveProfile profile;

    @Inject
    DocumentEvents events;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** Issues a document to the arrival; the person's current document, if any, is replaced by it. */
    public TemporaryDocument issue(String arrivalId, String user) {
        Arrival arrival = desk.find(arrivalId);
        Instant now = Instant.now(clock);
        LocalDate today = today();
        Validity validity = DocumentValidity.from(profile.deadlines(), arrival.registeredAt());
        if (validity.until().isBefore(today)) {
            // the rule counts from registration, so a new paper would be expired the day it is printed;
            // the profile has no renewal rule, and inventing one here would be a legal choice made in code
            throw ProblemException.ruleViolated(validity.rule(), validity.basis(), "The validity counted from "
                    + "registration ended on " + validity.until() + " (" + validity.explanation() + "). "
                    + "A document issued today would already be expired.");
        }
        // the locked row serialises issuance, so two clerks cannot both replace the same current document
        String number = DocumentNumber.issue(KernelSequence.lock(em, SEQUENCE).next());
        TemporaryDocument document = new TemporaryDocument(number, arrival.id(), arrival.registeredAt(), validity,
                now, today, user);
        String replaced = null;
        for (TemporaryDocument previous : currentOf(arrival.id())) {
            previous.replaceBy(number, user, now);
            replaced = previous.number();
        }
        em.persist(document);
        em.flush();
        events.issued(document, replaced);
        audit.record(user, "document.issued", "temporary-document", document.id(),
                number + (replaced == null ? "" : ", replaces " + replaced));
        return document;
    }

    public TemporaryDocument revoke(String typedNumber, String ifMatch, String reason, String user) {
        TemporaryDocument document = find(typedNumber);
        Versions.requireMatch(ifMatch, document.version());
        document.revoke(reason, user, Instant.now(clock));
        em.flush();
        events.revoked(document);
        audit.record(user, "document.revoked", "temporary-document", document.id(), document.number());
        return document;
    }

    /**
     * @throws ProblemException 400 for a number whose check digits do not match (a typing slip, said as
     *                          such), 404 for a well-formed number never issued
     */
    public TemporaryDocument find(String typedNumber) {
        String number = DocumentNumber.parse(typedNumber).orElseThrow(() -> ProblemException.badRequest("number",
                "not a document number, or its check digits do not match: check it for a mistyped digit"));
        return em.createQuery("SELECT d FROM TemporaryDocument d WHERE d.number = :n", TemporaryDocument.class)
                .setParameter("n", number).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("temporary document", number));
    }

    public List<TemporaryDocument> ofArrival(String arrivalId) {
        desk.find(arrivalId);
        return em.createQuery("SELECT d FROM TemporaryDocument d WHERE d.arrivalId = :a ORDER BY d.issuedAt DESC",
                TemporaryDocument.class).setParameter("a", arrivalId).getResultList();
    }

    public Arrival holder(TemporaryDocument document) {
        return desk.find(document.arrivalId());
    }

    /** Today in the profile's zone: a document valid "until 30 June" is valid all of 30 June there. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(profile.profile().calendar().zone()));
    }

    private List<TemporaryDocument> currentOf(String arrivalId) {
        return em.createQuery("SELECT d FROM TemporaryDocument d WHERE d.arrivalId = :a", TemporaryDocument.class)
                .setParameter("a", arrivalId).getResultList().stream().filter(TemporaryDocument::current).toList();
    }
}
