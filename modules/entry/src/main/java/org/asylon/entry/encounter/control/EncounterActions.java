package org.asylon.entry.encounter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.security.Caller;

/**
 * What officers do to a registered encounter. Each action checks the version the officer read
 * ({@code If-Match}), lets the aggregate apply its rules, publishes the event and audits.
 */
@ApplicationScoped
@Transactional
public class EncounterActions {

    private EncounterRecords records;
    private EntryEvents events;
    private AuditTrail audit;
    private ActiveProfile active;
    private Clock clock;

    protected EncounterActions() {
        // for CDI's client proxy
    }

    @Inject
    public EncounterActions(EncounterRecords records, EntryEvents events, AuditTrail audit, ActiveProfile active,
            Clock clock) {
        this.records = records;
        this.events = events;
        this.audit = audit;
        this.active = active;
        this.clock = clock;
    }

    public Encounter requestProtection(String id, String ifMatch, String words, Caller caller) {
        Encounter encounter = current(id, ifMatch);
        if (encounter.requestProtection(words, Instant.now(clock))) {
            events.protectionRequested(encounter);
            audit.record(caller.name(), "encounter.protection-requested", "encounter", id, null);
        }
        return encounter;
    }

    public Encounter noteSpecificNeed(String id, String ifMatch, SpecificNeedCategory category, String note,
            Caller caller) {
        Encounter encounter = current(id, ifMatch);
        SpecificNeed need = new SpecificNeed(category, note, caller.name(), Instant.now(clock));
        encounter.noteSpecificNeed(need);
        events.specificNeedsNoted(encounter, List.of(need));
        audit.record(caller.name(), "encounter.specific-need-noted", "encounter", id, category.name());
        return encounter;
    }

    public Encounter recordScreening(String id, String ifMatch, ScreeningForm form, Caller caller) {
        Encounter encounter = current(id, ifMatch);
        encounter.recordScreening(form, caller.name(), Instant.now(clock));
        audit.record(caller.name(), form.complete() ? "screening.completed" : "screening.recorded", "encounter", id,
                null);
        return encounter;
    }

    public Encounter decideOutcome(String id, String ifMatch, OutcomeKind outcome, String refusalGround, String note,
            Caller caller) {
        Encounter encounter = current(id, ifMatch);
        encounter.decideOutcome(outcome, refusalGround, note, caller.name(), Instant.now(clock), rules());
        events.outcomeDecided(encounter);
        audit.record(caller.name(), "encounter.outcome-decided", "encounter", id,
                outcome.name() + (refusalGround == null ? "" : " " + refusalGround));
        return encounter;
    }

    EntryRules rules() {
        LegalProfile profile = active.profile();
        Map<String, String> grounds = new LinkedHashMap<>();
        profile.list(EntryRules.REFUSAL_GROUNDS).forEach(item -> grounds.put(item.code(), item.basis()));
        return new EntryRules(grounds, profile.text(EntryRules.NON_REFOULEMENT_BASIS) + " ("
                + profile.rule(EntryRules.NON_REFOULEMENT_BASIS).basis() + ")");
    }

    private Encounter current(String id, String ifMatch) {
        Encounter encounter = records.find(id);
        Versions.requireMatch(ifMatch, encounter.version());
        return encounter;
    }
}
