package org.asylon.entry.person.control;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.asylon.entry.person.entity.PartialDate;

/**
 * A person already on record, as loaded by the integrator for ranking.
 *
 * @param id the record's id, opaque to the matcher
 * @param names all name parts, in any order
 * @param birthDate null if unknown
 * @param nationalities ICAO codes, possibly empty
 */
public record PersonCandidate(
        String id, List<String> names, PartialDate birthDate, Set<String> nationalities) {

    public PersonCandidate {
        Objects.requireNonNull(id, "id");
        names = List.copyOf(names);
        nationalities = nationalities == null ? Set.of() : Set.copyOf(nationalities);
    }
}
