package org.asylon.entry.person.control;

import java.util.List;
import java.util.Set;
import org.asylon.entry.person.entity.PartialDate;

/**
 * What the official knows about the person in front of them.
 *
 * @param names all name parts, in any order (given names, surnames, father's name ...)
 * @param birthDate null if unknown
 * @param nationalities ICAO codes, possibly empty
 */
public record PersonProbe(List<String> names, PartialDate birthDate, Set<String> nationalities) {

    public PersonProbe {
        names = List.copyOf(names);
        nationalities = nationalities == null ? Set.of() : Set.copyOf(nationalities);
    }
}
