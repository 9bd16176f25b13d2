package org.asylon.rsd.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.casework.entity.Gender;
import org.asylon.rsd.casework.entity.Interpreter;
import org.asylon.rsd.casework.entity.Interviewer;

/**
 * The registry of interviewers and interpreters, kept by the RSD supervisor. Nobody is deleted
 * (past interviews name them); a person who leaves is made inactive and is no longer offered or
 * bookable.
 */
@ApplicationScoped
@Transactional
public class StaffRegistry {

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;

    protected StaffRegistry() {
        // for CDI's client proxy
    }

    @Inject
    public StaffRegistry(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    public Interviewer registerInterviewer(
            String userName, Gender gender, List<String> languages, String user) {
        if (interviewerNamed(userName) != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "Interviewer " + userName + " is already registered.");
        }
        Interviewer interviewer =
                new Interviewer(userName, gender, languages, user, Instant.now(clock));
        em.persist(interviewer);
        em.flush();
        audit.record(user, "interviewer.registered", "interviewer", interviewer.id(), userName);
        return interviewer;
    }

    public Interviewer updateInterviewer(
            String id,
            String ifMatch,
            Gender gender,
            List<String> languages,
            boolean active,
            String user) {
        Interviewer interviewer = interviewer(id);
        Versions.requireMatch(ifMatch, interviewer.version());
        interviewer.update(gender, languages, active);
        em.flush();
        audit.record(
                user,
                "interviewer.updated",
                "interviewer",
                id,
                gender + " " + languages + (active ? "" : " inactive"));
        return interviewer;
    }

    public Interpreter registerInterpreter(
            String name, List<String> languages, Gender gender, String contact, String user) {
        Interpreter interpreter =
                new Interpreter(name, languages, gender, contact, user, Instant.now(clock));
        em.persist(interpreter);
        em.flush();
        audit.record(
                user,
                "interpreter.registered",
                "interpreter",
                interpreter.id(),
                String.join(",", languages));
        return interpreter;
    }

    public Interpreter updateInterpreter(
            String id,
            String ifMatch,
            String name,
            List<String> languages,
            Gender gender,
            String contact,
            boolean active,
            String user) {
        Interpreter interpreter = interpreter(id);
        Versions.requireMatch(ifMatch, interpreter.version());
        interpreter.update(name, languages, gender, contact, active);
        em.flush();
        audit.record(
                user,
                "interpreter.updated",
                "interpreter",
                id,
                gender + " " + languages + (active ? "" : " inactive"));
        return interpreter;
    }

    public Interviewer interviewer(String id) {
        Interviewer interviewer = em.find(Interviewer.class, id);
        if (interviewer == null) {
            throw ProblemException.notFound("interviewer", id);
        }
        return interviewer;
    }

    public Interpreter interpreter(String id) {
        Interpreter interpreter = em.find(Interpreter.class, id);
        if (interpreter == null) {
            throw ProblemException.notFound("interpreter", id);
        }
        return interpreter;
    }

    public Interviewer interviewerNamed(String userName) {
        return em.createQuery(
                        "SELECT i FROM Interviewer i WHERE i.userName = :name", Interviewer.class)
                .setParameter("name", userName)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** The registry, filtered by language and/or gender; inactive people only when asked for. */
    public List<Interviewer> interviewers(String language, Gender gender, boolean includeInactive) {
        return em.createQuery("SELECT i FROM Interviewer i ORDER BY i.userName", Interviewer.class)
                .getResultStream()
                .filter(i -> includeInactive || i.active())
                .filter(i -> gender == null || i.gender() == gender)
                .filter(i -> language == null || i.speaks(language))
                .toList();
    }

    public List<Interpreter> interpreters(String language, Gender gender, boolean includeInactive) {
        return em.createQuery(
                        "SELECT i FROM Interpreter i ORDER BY i.name, i.id", Interpreter.class)
                .getResultStream()
                .filter(i -> includeInactive || i.active())
                .filter(i -> gender == null || i.gender() == gender)
                .filter(i -> language == null || i.speaks(language))
                .toList();
    }
}
