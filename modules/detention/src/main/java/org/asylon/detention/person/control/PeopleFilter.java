package org.asylon.detention.person.control;

import org.asylon.detention.person.entity.Handover;
import org.asylon.detention.person.entity.ProtectionState;

/** Which people a listing shows (any field null: not filtered). */
public record PeopleFilter(
        ProtectionState protection,
        Handover handover,
        String sourceEncounterId,
        String surname,
        int limit) {}
