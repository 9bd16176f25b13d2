package org.asylon.entry.encounter.control;

import java.util.List;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.EncounterGroup;

/** A group and its members' encounters, in the order they were registered. */
public record GroupMembers(EncounterGroup group, List<Encounter> members) {}
