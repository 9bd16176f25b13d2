package org.asylon.kernel.profile;

import java.util.Optional;

/**
 * One key of the {@code [calendar]} section with its own status: the EU counting rules of
 * Regulation (EEC, Euratom) No 1182/71 are UNCONFIRMED in the reference files, so how days are
 * counted is itself a rule that must say how far it is verified.
 */
public record CalendarSetting(
        String key,
        String value,
        LegalStatus status,
        Optional<String> basis,
        Optional<String> note,
        SourceLocation definedIn) {}
