package org.asylon.entry.encounter.boundary;

import java.util.List;

/** A previous encounter that may be the same person, with the score and the reasons. */
public record KnownPersonView(double score, List<String> reasons, EncounterView encounter) {}
