package org.asylon.readmission.statelink.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.Supplier;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.readmission.statelink.entity.MessageDirection;
import org.asylon.readmission.statelink.entity.StateMessage;

/**
 * Receives a partner's message exactly once. The body must match the hash its token was signed
 * over; a message id already answered gets the same answer again and changes nothing (the partner's
 * retry), unless it comes with another body (refused). Otherwise the work runs, and the message,
 * the answer and the audit record commit with the change it made, or none of them does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StateInbox {

    static final String RECORD = "state-message";

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;

    protected StateInbox() {
        // for CDI's client proxy
    }

    @Inject
    public StateInbox(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param token the verified token of the call (from {@link StateAuthenticator#TOKEN})
     * @param requestRef the requesting state's id of the request the message is about, if any yet
     */
    public Received receive(
            StateToken token,
            String kind,
            String requestRef,
            String path,
            String body,
            Supplier<Answer> work) {
        if (token == null) {
            throw new ProblemException(
                    ProblemType.NOT_AUTHENTICATED, "A partner state's signed token is required.");
        }
        String hash = StateToken.hash(body);
        if (!hash.equals(token.bodyHash())) {
            throw new ProblemException(
                    ProblemType.NOT_AUTHENTICATED,
                    "The body does not match the hash the token was signed over (bsh).");
        }
        String country = token.issuer();
        StateMessage earlier =
                em.createQuery(
                                "SELECT m FROM StateMessage m WHERE m.direction = :in"
                                        + " AND m.country = :country AND m.messageId = :mid",
                                StateMessage.class)
                        .setParameter("in", MessageDirection.IN)
                        .setParameter("country", country)
                        .setParameter("mid", token.messageId())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (earlier != null) {
            if (!earlier.bodyHash().equals(hash) || !earlier.path().equals(path)) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "The message id "
                                + token.messageId()
                                + " was used before for another message: a new message needs a new id.");
            }
            return new Received(
                    new Answer(earlier.answerStatus(), Jsons.readObject(earlier.answer())), true);
        }
        // the message is written first: of two copies arriving together, the second waits on the
        // message id's unique key and is told to retry (503), and its retry gets the stored answer
        StateMessage m =
                StateMessage.incoming(
                        country,
                        token.messageId(),
                        kind,
                        requestRef,
                        path,
                        body,
                        hash,
                        clock.instant());
        try {
            em.persist(m);
            em.flush();
        } catch (PersistenceException e) {
            throw new ProblemException(
                    ProblemType.UNAVAILABLE,
                    "A message with the id "
                            + token.messageId()
                            + " is being received just now: send it again in a moment.");
        }
        Answer answer = work.get();
        m.answered(answer.status(), answer.body().toString());
        audit.record(
                StateAuthenticator.CALLER_PREFIX + country,
                "state-message.received",
                RECORD,
                m.id(),
                Jsons.object()
                        .add("kind", kind)
                        .add("messageId", token.messageId())
                        .add("requestRef", requestRef == null ? "" : requestRef)
                        .add("status", answer.status())
                        .build()
                        .toString());
        return new Received(answer, false);
    }

    /** The answer to give, and whether it was given before to the same message. */
    public record Received(Answer answer, boolean repeated) {}
}
