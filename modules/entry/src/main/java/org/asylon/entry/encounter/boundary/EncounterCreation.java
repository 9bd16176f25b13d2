package org.asylon.entry.encounter.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.asylon.entry.encounter.control.EncounterRegistration;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;

/**
 * Registers an encounter at most once per idempotency key, for the single and the batch upload
 * alike: both share the key scope, so an item first sent alone and then again in a batch (or the
 * reverse) is still registered once.
 */
@ApplicationScoped
public class EncounterCreation {

    @Inject
    IdempotentCreation creation;

    @Inject
    EncounterRegistration registration;

    @PersistenceContext
    EntityManager em;

    public Created registerOnce(String key, NewEncounter request, String user) {
        return creation.once(key, user + " POST encounters", request, () -> {
            Encounter encounter = registration.register(request, user);
            em.flush();
            return Created.at("encounters/" + encounter.id(), EncountersResource.JSON.toJson(EncounterView.of(encounter)));
        });
    }
}
