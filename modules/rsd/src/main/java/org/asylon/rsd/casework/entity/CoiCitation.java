package org.asylon.rsd.casework.entity;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Country-of-origin information relied on: who published it, its title, its date and where to find
 * it, so that a reviewer or appeal officer can check the source (and how current it was).
 */
public record CoiCitation(
        @Size(max = 300) String source,
        @Size(max = 500) String title,
        LocalDate date,
        @Size(max = 2000) String url,
        /** The material facts the information bears on (ids), if any. */
        @Size(max = 50) List<String> factIds) {

    public CoiCitation {
        factIds = factIds == null ? List.of() : List.copyOf(factIds);
    }
}
