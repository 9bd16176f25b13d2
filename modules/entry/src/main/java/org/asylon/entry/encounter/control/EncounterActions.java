package org.asylon.entry.encounter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.EntryRules;
import org.asylon.entry.encounter.entity.OutcomeKind;
import org.asylon.entry.encounter.entity.ScreeningForm;
import org.asylon.entry.encounter.entity.SpecificNeed;
import org.asylon.entry.encounter.entity.SpecificNeedCategory;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.LegalProfile;

/**
 * What officers do to a registered encounter. Each action checks the version the officer read
 * ({@code If-Match}), lets the aggregate apply its rules, publishes the event and audits.
 */
@ApplicationScoped
@Transactional
public class EncounterActions {

    static final String REFUSAL_GROUNDS = "entry.refusal.grounds";
    static final String NON_REFOULEMENT = "entry.non-refoulement.basis";

    @PersistenceContext
    EntityManager em;

    @Inject
    EntryEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    ActiveProfile active;

    Clock clock = Clock.systemUTC();

    public Encounter find(String id) {
        Encounter encounter = em.find(Encounter.class, id);
        if (encounter == null) {
            throw ProblemException.notFound("encounter", id);
        }
        return encounter;
    }

    public Encounter requestProtection(String id, String ifMatch, String words, String user) {
        Encounter encounter = current(id, ifMatch);
        if (encounter.requestProtection(words, Instant.now(clock))) {
            events.protectionRequested(encounter);
            audit.record(user, "encounter.protection-requested", "encounter", id, null);
        }
        return encounter;
    }

    public Encounter noteSpecificNeed(String id, String ifMatch, SpecificNeedCategory category, String note, String user) {
        Encounter encounter = current(id, ifMatch);
        SpecificNeed need = new SpecificNeed(category, note, user, Instant.now(clock));
        encounter.noteSpecificNeed(need);
        events.specificNeedsNoted(encounter, List.of(need));
        audit.record(user, "encounter.specific-need-noted", "encounter", id, category.name());
        return encounter;
    }

    public Encounter recordScreening(String id, String ifMatch, ScreeningForm form, String user) {
        Encounter encounter = current(id, ifMatch);
        encounter.recordScreening(form, user, Instant.now(clock));
        audit.record(user, form.complete() ? "screening.completed" : "screening.recorded", "encounter", id, null);
        return encounter;
    }

    public Encounter decideOutcome(String id, String ifMatch, OutcomeKind outcome, String refusalGround, String note,
            String user) {
        Encounter encounter = current(id, ifMatch);
        encounter.decideOutcome(outcome, refusalGround, note, user, Instant.now(clock), rules());
        events.outcomeDecided(encounter);
        audit.record(user, "encounter.outcome-decided", "encounter", id,
                outcome.name() + (refusalGround == null ? "" : " " + refusalGround));
        return encounter;
    }

    EntryRules rules() {
        LegalProfile profile = active.profile();
        Map<String, String> grounds = new LinkedHashMap<>();
        profile.list(REFUSAL_GROUNDS).forEach(item -> grounds.put(item.code(), item.basis()));
        return new EntryRules(grounds, profile.text(NON_REFOULEMENT) + " (" + profile.rule(NON_REFOULEMENT).basis() + ")");
    }

    private Encounter current(String id, String ifMatch) {
        Encounter encounter = find(id);
        Versions.requireMatch(ifMatch, encounter.version());
        return encounter;
    }
}
