package org.asylon.entry.encounter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.EncounterGroup;
import org.asylon.entry.encounter.entity.GroupKind;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;

/** Registers a group and each of its members as an individual encounter, all or nothing. */
@ApplicationScoped
@Transactional
public class GroupRegistration {

    private EntityManager em;
    private EncounterRegistration encounters;
    private EntryEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected GroupRegistration() {
        // for CDI's client proxy
    }

    @Inject
    public GroupRegistration(
            EntityManager em,
            EncounterRegistration encounters,
            EntryEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.encounters = encounters;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public GroupMembers register(GroupFacts request, Caller caller) {
        if (request.parentGroupId() != null
                && em.find(EncounterGroup.class, request.parentGroupId()) == null) {
            throw ProblemException.invalidField("parentGroupId", "no group has this id");
        }
        EncounterGroup group =
                new EncounterGroup(
                        request.kind(),
                        request.label(),
                        request.parentGroupId(),
                        request.rescue(),
                        caller.name(),
                        Instant.now(clock));
        em.persist(group);
        List<Encounter> members =
                encounters.registerMembers(
                        request.members(), request.kind() == GroupKind.FAMILY, caller, group.id());
        events.groupRegistered(group, members.stream().map(Encounter::id).toList());
        audit.record(
                caller.name(),
                "group.registered",
                "group",
                group.id(),
                members.size() + " member(s)");
        em.flush();
        return new GroupMembers(group, members);
    }
}
