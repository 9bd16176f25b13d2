package org.asylon.detention.person.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The desk's finding that a person is a child, with where it came from. */
public record ChildFinding(
        @NotBlank(
                        message =
                                "say where the finding comes from, e.g. the age assessment or the"
                                        + " document seen")
                @Size(max = 500)
                String source) {}
