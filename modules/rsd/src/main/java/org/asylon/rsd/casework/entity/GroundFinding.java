package org.asylon.rsd.casework.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The nexus between the feared persecution and one Convention ground (1951 Convention, Art 1A(2)).
 */
public record GroundFinding(
        @NotNull(
                        message =
                                "use RACE, RELIGION, NATIONALITY, PARTICULAR_SOCIAL_GROUP or POLITICAL_OPINION")
                Ground ground,
        @NotNull(message = "use ESTABLISHED, NOT_ESTABLISHED or NOT_RAISED") Nexus finding,
        @Size(max = 20000) String reasoning) {

    /** The five grounds of Art 1A(2) of the 1951 Convention. */
    public enum Ground {
        RACE,
        RELIGION,
        NATIONALITY,
        PARTICULAR_SOCIAL_GROUP,
        POLITICAL_OPINION
    }

    public enum Nexus {
        ESTABLISHED,
        NOT_ESTABLISHED,
        /** Nothing in the claim points to this ground. */
        NOT_RAISED
    }
}
