package org.asylon.entry.encounter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.EncounterKind;
import org.asylon.entry.encounter.entity.EntryRules;
import org.asylon.entry.encounter.entity.Screening;
import org.asylon.entry.encounter.entity.ScreeningReason;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.Deadline;

/**
 * Starts the screening of an encounter when the active profile says screening applies, with the
 * deadline the profile gives: {@code entry.screening.deadline} from the encounter's anchor, or the
 * reduced {@code entry.screening.deadline.held-over-threshold} when the person has already been
 * held at the border longer than {@code entry.screening.held-threshold} (EU: 7 days, 4 after 72
 * hours, Screening Regulation Art 8(3)).
 */
@ApplicationScoped
public class ScreeningClock {

    private ActiveProfile active;

    protected ScreeningClock() {
        // for CDI's client proxy
    }

    @Inject
    public ScreeningClock(ActiveProfile active) {
        this.active = active;
    }

    public Optional<Screening> start(Encounter encounter, Instant now) {
        if (!active.profile().flag(EntryRules.SCREENING_APPLIES)
                || encounter.kind() == EncounterKind.REGULAR_CROSSING) {
            return Optional.empty();
        }
        String rule =
                heldOverThreshold(encounter, now)
                        ? EntryRules.SCREENING_DEADLINE_HELD
                        : EntryRules.SCREENING_DEADLINE;
        Deadline due =
                active.deadlines()
                        .compute(
                                rule,
                                Map.of(encounter.kind().screeningAnchor(), encounter.occurredAt()));
        return Optional.of(
                Screening.started(
                        due.dueDate().orElse(null),
                        due.rule(),
                        due.explanation(),
                        !due.caveats().isEmpty() || due.unconfirmed(),
                        reasonFor(encounter.kind())));
    }

    private boolean heldOverThreshold(Encounter encounter, Instant now) {
        if (encounter.heldAtBorderSince() == null) {
            return false;
        }
        Deadline threshold =
                active.deadlines()
                        .compute(
                                EntryRules.SCREENING_HELD_THRESHOLD,
                                Map.of(
                                        "entry.held-at-border-since",
                                        encounter.heldAtBorderSince()));
        return threshold.dueInstant().map(now::isAfter).orElse(false);
    }

    static ScreeningReason reasonFor(EncounterKind kind) {
        return switch (kind) {
            case RESCUE_AT_SEA -> ScreeningReason.SEARCH_AND_RESCUE_DISEMBARKATION;
            case PROTECTION_REQUEST_AT_CROSSING_POINT -> ScreeningReason.APPLICATION_AT_BORDER;
            case APPREHENSION_AFTER_IRREGULAR_CROSSING, INTERCEPTION_AT_SEA, REGULAR_CROSSING ->
                    ScreeningReason.UNAUTHORISED_CROSSING;
        };
    }
}
