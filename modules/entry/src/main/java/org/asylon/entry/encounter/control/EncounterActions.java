package org.asylon.entry.encounter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.ScreeningForm;
import org.asylon.entry.encounter.entity.SpecificNeed;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;

/**
 * What officers do to a registered encounter. Each action checks the version the officer read
 * ({@code If-Match}), lets the aggregate apply its rules, publishes the event and audits. A fact
 * that makes a decided outcome unlawful (a protection request, a child) suspends it in the same
 * transaction, and the suspension is published and audited with it.
 */
@ApplicationScoped
@Transactional
public class EncounterActions {

    private EncounterRecords records;
    private EntryEvents events;
    private AuditTrail audit;
    private EntryProfile profile;
    private Clock clock;

    protected EncounterActions() {
        // for CDI's client proxy
    }

    @Inject
    public EncounterActions(
            EncounterRecords records,
            EntryEvents events,
            AuditTrail audit,
            EntryProfile profile,
            Clock clock) {
        this.records = records;
        this.events = events;
        this.audit = audit;
        this.profile = profile;
        this.clock = clock;
    }

    /**
     * @param requestedAt when the person expressed the wish, if earlier than now (not before the
     *     encounter)
     */
    public Encounter requestProtection(
            String id, String ifMatch, String words, Instant requestedAt, Caller caller) {
        Encounter encounter = current(id, ifMatch);
        Instant now = Instant.now(clock);
        if (requestedAt != null && requestedAt.isBefore(encounter.occurredAt())) {
            throw ProblemException.invalidField(
                    "requestedAt",
                    "cannot be before the encounter (" + encounter.occurredAt() + ")");
        }
        boolean suspended = encounter.outcomeSuspended();
        boolean first =
                encounter.requestProtection(
                        words, requestedAt == null ? now : requestedAt, profile.rules());
        events.protectionRequested(encounter, !first);
        audit.record(
                caller.name(),
                first ? "encounter.protection-requested" : "encounter.protection-renewed",
                "encounter",
                id,
                first ? null : "renewal " + encounter.protectionRenewals());
        suspendedBy(encounter, suspended, caller);
        return encounter;
    }

    public Encounter noteSpecificNeed(
            String id, String ifMatch, String category, String note, Caller caller) {
        Encounter encounter = current(id, ifMatch);
        SpecificNeed need = new SpecificNeed(category, note, caller.name(), Instant.now(clock));
        boolean suspended = encounter.outcomeSuspended();
        encounter.noteSpecificNeed(need, profile.rules());
        events.specificNeedsNoted(encounter, List.of(need));
        audit.record(
                caller.name(), "encounter.specific-need-noted", "encounter", id, need.category());
        suspendedBy(encounter, suspended, caller);
        return encounter;
    }

    public Encounter recordScreening(String id, String ifMatch, ScreeningForm form, Caller caller) {
        Encounter encounter = current(id, ifMatch);
        encounter.recordScreening(form, caller.name(), Instant.now(clock));
        audit.record(
                caller.name(),
                form.complete() ? "screening.completed" : "screening.recorded",
                "encounter",
                id,
                null);
        return encounter;
    }

    public Encounter decideOutcome(
            String id, String ifMatch, OutcomeDecision decision, Caller caller) {
        Encounter encounter = current(id, ifMatch);
        boolean requested = encounter.protectionRequested();
        encounter.decideOutcome(
                decision.outcome(),
                decision.refusalGround(),
                decision.note(),
                decision.detentionReasons(),
                caller.name(),
                Instant.now(clock),
                profile.rules());
        impliedRequest(encounter, requested, caller);
        events.outcomeDecided(encounter);
        audit.record(
                caller.name(),
                "encounter.outcome-decided",
                "encounter",
                id,
                decision.outcome().name()
                        + (decision.refusalGround() == null ? "" : " " + decision.refusalGround()));
        return encounter;
    }

    /**
     * A supervisor's revision, with written reasons kept in the record (the audit names the
     * change).
     */
    public Encounter reviseOutcome(
            String id, String ifMatch, OutcomeDecision decision, String reasons, Caller caller) {
        Encounter encounter = current(id, ifMatch);
        boolean requested = encounter.protectionRequested();
        encounter.reviseOutcome(
                decision.outcome(),
                decision.refusalGround(),
                decision.note(),
                decision.detentionReasons(),
                reasons,
                caller.name(),
                Instant.now(clock),
                profile.rules());
        impliedRequest(encounter, requested, caller);
        events.outcomeRevised(encounter);
        audit.record(
                caller.name(),
                "encounter.outcome-revised",
                "encounter",
                id,
                encounter.outcome().revisedFrom()
                        + " -> "
                        + decision.outcome()
                        + (decision.refusalGround() == null ? "" : " " + decision.refusalGround())
                        + "; reasons recorded on the encounter");
        return encounter;
    }

    /**
     * Carries out a refusal of entry or a handover to detention, after the aggregate checked the
     * rules again.
     */
    public Encounter executeOutcome(String id, String ifMatch, Caller caller) {
        Encounter encounter = current(id, ifMatch);
        encounter.executeOutcome(caller.name(), Instant.now(clock), profile.rules());
        events.outcomeExecuted(encounter);
        audit.record(
                caller.name(),
                "encounter.outcome-executed",
                "encounter",
                id,
                encounter.outcome().kind().name());
        return encounter;
    }

    private void impliedRequest(Encounter encounter, boolean requestedBefore, Caller caller) {
        if (!requestedBefore && encounter.protectionRequested()) {
            events.protectionRequested(encounter, false);
            audit.record(
                    caller.name(),
                    "encounter.protection-requested",
                    "encounter",
                    encounter.id(),
                    "implied by the referral to the asylum procedure");
        }
    }

    private void suspendedBy(Encounter encounter, boolean suspendedBefore, Caller caller) {
        if (!suspendedBefore && encounter.outcomeSuspended()) {
            events.outcomeSuspended(encounter);
            audit.record(
                    caller.name(),
                    "encounter.outcome-suspended",
                    "encounter",
                    encounter.id(),
                    encounter.outcome().kind() + " " + encounter.outcome().suspensionRule());
        }
    }

    private Encounter current(String id, String ifMatch) {
        Encounter encounter = records.find(id);
        Versions.requireMatch(ifMatch, encounter.version());
        return encounter;
    }
}
