package org.asylon.kernel.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;

/**
 * A computed (or not computable) deadline, carrying the rule that produced it so that the screen
 * and the decision can show it (docs/architecture.md: deadlines are "shown with the rule that
 * produced them").
 *
 * @param rule rule name, e.g. {@code entry.screening.deadline}
 * @param profile the profile the rule came from
 * @param basis instrument and article
 * @param status status of the rule; anything but confirmed must be shown labelled
 * @param counting calendar or working days
 * @param duration the ISO-8601 length as written, e.g. {@code P7D}
 * @param anchor the anchor used (the earliest recorded of the rule's alternatives), if any was
 *     recorded
 * @param anchorTime its recorded time, an {@link Instant} or a {@link LocalDate}
 * @param dueDate the last day of the limit, in the profile's zone; empty if not computable
 * @param dueInstant the exact end for limits with an hour part (e.g. PT72H); empty otherwise
 * @param caveats why the result may need checking (rule status, unconfirmed counting conventions)
 * @param explanation one line in English, e.g. "7 calendar days from apprehension on 2026-11-02
 *     (Screening Regulation (EU) 2024/1356, Art 8(3)) → 2026-11-09"
 */
public record Deadline(
        String rule,
        String profile,
        String basis,
        LegalStatus status,
        Counting counting,
        String duration,
        Optional<String> anchor,
        Optional<Temporal> anchorTime,
        Optional<LocalDate> dueDate,
        Optional<Instant> dueInstant,
        List<String> caveats,
        String explanation) {

    public Deadline {
        caveats = List.copyOf(caveats);
    }

    /**
     * False when no anchor of the rule is recorded for the case (or a limit in hours has only a
     * date).
     */
    public boolean computable() {
        return dueDate.isPresent();
    }

    /** True when the rule itself is unconfirmed: software must label the date as unverified. */
    public boolean unconfirmed() {
        return status == LegalStatus.UNCONFIRMED;
    }

    @Override
    public String toString() {
        return explanation;
    }
}
