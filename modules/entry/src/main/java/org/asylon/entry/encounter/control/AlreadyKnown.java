package org.asylon.entry.encounter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.person.control.PersonCandidate;
import org.asylon.entry.person.control.PersonKeys;
import org.asylon.entry.person.control.PersonMatch;
import org.asylon.entry.person.control.PersonMatcher;
import org.asylon.entry.person.control.PersonProbe;
import org.asylon.entry.person.entity.PartialDate;

/**
 * "Have we met this person before?" By document number (exact, ignoring spaces and MRZ fillers), or
 * by names, birth date and nationality, tolerant of transliteration variants and partial dates:
 * candidates are found through the stored name keys, then ranked by {@link PersonMatcher}.
 */
@ApplicationScoped
@Transactional
public class AlreadyKnown {

    static final int CANDIDATES = 500;
    static final int RESULTS = 20;

    private final PersonMatcher matcher = new PersonMatcher();
    private EntityManager em;

    /** A previous encounter and why it is thought to be the same person. */
    public record Match(Encounter encounter, double score, List<String> reasons) {}

    protected AlreadyKnown() {
        // for CDI's client proxy
    }

    @Inject
    public AlreadyKnown(EntityManager em) {
        this.em = em;
    }

    public List<Match> byDocument(String number) {
        String normalised = number.replaceAll("[\\s<]", "").toUpperCase(Locale.ROOT);
        return em
                .createQuery(
                        "SELECT DISTINCT e FROM Encounter e JOIN e.documents d WHERE d.number = :number",
                        Encounter.class)
                .setParameter("number", normalised)
                .setMaxResults(RESULTS)
                .getResultList()
                .stream()
                .map(e -> new Match(e, 1.0, List.of("document number " + normalised + " matches")))
                .toList();
    }

    public List<Match> byPerson(
            List<String> names, PartialDate birthDate, Set<String> nationalities) {
        Set<String> keys = new LinkedHashSet<>(PersonKeys.tokenKeys(names));
        PersonKeys.blockingKeys(names).forEach(k -> keys.add(SearchKeys.BLOCKING_PREFIX + k));
        if (keys.isEmpty()) {
            return List.of();
        }
        var query =
                em.createNativeQuery(
                                "SELECT DISTINCT encounter_id FROM encounter_name_key WHERE name_key IN ("
                                        + String.join(",", keys.stream().map(k -> "?").toList())
                                        + ")")
                        .setMaxResults(CANDIDATES);
        int position = 1;
        for (String key : keys) {
            query.setParameter(position++, key);
        }
        @SuppressWarnings("unchecked")
        List<String> candidateIds = query.getResultList();
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        List<Encounter> found =
                em.createQuery("SELECT e FROM Encounter e WHERE e.id IN :ids", Encounter.class)
                        .setParameter("ids", candidateIds)
                        .getResultList();
        List<PersonCandidate> candidates = new ArrayList<>();
        for (Encounter e : found) {
            PartialDate date =
                    e.person().dateOfBirth() != null && e.person().dateOfBirth().year() != null
                            ? e.person().dateOfBirth()
                            : null;
            candidates.add(
                    new PersonCandidate(
                            e.id(),
                            EncounterRegistration.names(e.person()),
                            date,
                            new HashSet<>(e.nationalities())));
        }
        var byId = new HashMap<String, Encounter>();
        found.forEach(e -> byId.put(e.id(), e));
        return matcher.rank(new PersonProbe(names, birthDate, nationalities), candidates).stream()
                .sorted(Comparator.comparingDouble(PersonMatch::score).reversed())
                .limit(RESULTS)
                .map(m -> new Match(byId.get(m.candidateId()), m.score(), m.reasons()))
                .toList();
    }
}
