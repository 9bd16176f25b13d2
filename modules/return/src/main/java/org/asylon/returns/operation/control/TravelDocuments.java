package org.asylon.returns.operation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.operation.entity.RefusalReason;
import org.asylon.returns.operation.entity.TravelDocument;
import org.asylon.returns.returncase.control.ReturnCases;

/**
 * Travel documents requested from consulates for open return cases, answered once (issued with
 * their validity, or refused). Every change and every read is audited: a document names a person.
 */
@ApplicationScoped
@Transactional
public class TravelDocuments {

    public static final String RECORD_TYPE = "travel-document";

    private EntityManager em;
    private ReturnCases cases;
    private OperationEvents events;
    private AuditTrail audit;
    private ActiveProfile profile;
    private Clock clock;

    protected TravelDocuments() {
        // for CDI's client proxy
    }

    @Inject
    public TravelDocuments(
            EntityManager em,
            ReturnCases cases,
            OperationEvents events,
            AuditTrail audit,
            ActiveProfile profile,
            Clock clock) {
        this.em = em;
        this.cases = cases;
        this.events = events;
        this.audit = audit;
        this.profile = profile;
        this.clock = clock;
    }

    /**
     * @throws ProblemException 404 for no such case, 409 when it has ended
     */
    public TravelDocument request(String caseId, TravelDocumentRequest request, Caller caller) {
        cases.requireOpen(caseId);
        LocalDate today = OperationDays.today(clock, profile);
        TravelDocument document =
                new TravelDocument(
                        caseId,
                        request.kind(),
                        request.issuingCountry(),
                        request.authority(),
                        request.requestReference(),
                        request.requestedOn() == null ? today : request.requestedOn(),
                        today,
                        caller.name(),
                        clock.instant());
        em.persist(document);
        em.flush();
        events.travelDocumentRequested(document);
        audit.record(
                caller.name(),
                "travel-document.requested",
                RECORD_TYPE,
                document.id(),
                "case " + caseId + ", " + request.kind() + " from " + request.issuingCountry());
        return document;
    }

    public TravelDocument issue(
            String id, String ifMatch, TravelDocumentIssue issue, Caller caller) {
        TravelDocument document = find(id);
        Versions.requireMatch(ifMatch, document.version());
        document.issue(
                issue.documentNumber(),
                issue.issuedOn(),
                issue.validFrom(),
                issue.validUntil(),
                OperationDays.today(clock, profile),
                caller.name(),
                clock.instant());
        em.flush();
        events.travelDocumentIssued(document);
        audit.record(
                caller.name(),
                "travel-document.issued",
                RECORD_TYPE,
                id,
                "valid " + document.validFrom() + " to " + document.validUntil());
        return document;
    }

    public TravelDocument refuse(
            String id,
            String ifMatch,
            RefusalReason reason,
            String note,
            LocalDate refusedOn,
            Caller caller) {
        TravelDocument document = find(id);
        Versions.requireMatch(ifMatch, document.version());
        LocalDate today = OperationDays.today(clock, profile);
        document.refuse(
                reason,
                note,
                refusedOn == null ? today : refusedOn,
                today,
                caller.name(),
                clock.instant());
        em.flush();
        events.travelDocumentRefused(document);
        audit.record(caller.name(), "travel-document.refused", RECORD_TYPE, id, reason.name());
        return document;
    }

    public TravelDocument read(String id, Caller caller) {
        TravelDocument document = find(id);
        audit.record(caller.name(), "travel-document.read", RECORD_TYPE, id, null);
        return document;
    }

    /** The case's travel documents, newest request first; the reading is audited. */
    public List<TravelDocument> ofCase(String caseId, Caller caller) {
        cases.require(caseId);
        List<TravelDocument> found =
                em.createQuery(
                                "SELECT d FROM TravelDocument d WHERE d.caseId = :c"
                                        + " ORDER BY d.requestedAt DESC, d.id",
                                TravelDocument.class)
                        .setParameter("c", caseId)
                        .getResultList();
        audit.record(
                caller.name(),
                "travel-document.listed",
                ReturnCases.RECORD_TYPE,
                caseId,
                found.size() + " travel documents");
        return found;
    }

    /**
     * @throws ProblemException 404 when there is no such document
     */
    public TravelDocument find(String id) {
        TravelDocument document = id == null ? null : em.find(TravelDocument.class, id);
        if (document == null) {
            throw ProblemException.notFound("travel document", id);
        }
        return document;
    }
}
