package org.asylon.entry.encounter.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.EncounterKind;
import org.asylon.entry.encounter.entity.Outcome;
import org.asylon.entry.encounter.entity.OutcomeKind;
import org.asylon.entry.encounter.entity.OutcomeStatus;
import org.asylon.entry.encounter.entity.PersonDetails;
import org.asylon.entry.encounter.entity.Screening;
import org.asylon.entry.encounter.entity.ScreeningReason;
import org.asylon.entry.encounter.entity.Sex;
import org.asylon.entry.watchlist.WatchlistResult;
import org.asylon.kernel.code.SpecificNeeds;

/** An encounter as the API shows it. */
public record EncounterView(
        String id,
        long version,
        EncounterKind kind,
        String crossingPointId,
        String locationDescription,
        Instant occurredAt,
        Instant heldAtBorderSince,
        String groupId,
        String groupRole,
        Person person,
        List<Document> documents,
        boolean unaccompaniedChild,
        Instant protectionRequestedAt,
        String protectionRequestWords,
        Instant protectionRenewedAt,
        String protectionRenewalWords,
        Integer protectionRenewals,
        List<Need> specificNeeds,
        Watchlist watchlist,
        ScreeningView screening,
        OutcomeView outcome,
        Instant registeredAt,
        String registeredBy) {

    public record Person(
            String documentSurname,
            String documentGivenNames,
            String statedSurname,
            String statedGivenNames,
            String originalScriptName,
            String dateOfBirth,
            boolean dateOfBirthEstimated,
            Sex sex,
            String placeOfBirth,
            List<String> nationalities,
            List<String> languages) {}

    public record Document(
            String documentCode,
            String number,
            String issuingState,
            LocalDate expiryDate,
            boolean expired,
            Boolean mrzValid,
            String mrzSummary) {}

    public record Need(
            String category, String label, String note, String notedBy, Instant notedAt) {}

    public record Watchlist(
            WatchlistResult.Status status, String system, String detail, Instant checkedAt) {}

    /**
     * The screening form and its deadline, with the rule that set it (and whether it is
     * unverified).
     */
    public record ScreeningView(
            LocalDate due,
            String dueRule,
            String dueExplanation,
            Boolean dueUnconfirmed,
            ScreeningReason reason,
            List<String> previousResidenceCountries,
            String healthCheckResult,
            Boolean noFurtherHealthCheckNeeded,
            String vulnerabilityCheckResult,
            String specialReceptionOrProceduralNeeds,
            String familyMembersInOtherStates,
            Boolean databaseHit,
            Boolean cooperated,
            Instant completedAt,
            String completedBy) {}

    /**
     * The outcome and where it stands: a suspended outcome says which rule forbids carrying it out
     * and why; a revised one, what it revised and the supervisor's reasons.
     */
    public record OutcomeView(
            OutcomeKind kind,
            OutcomeStatus status,
            String refusalGround,
            String refusalBasis,
            String note,
            String detentionReasons,
            String decidedBy,
            Instant decidedAt,
            Suspension suspension,
            Instant executedAt,
            String executedBy,
            OutcomeKind revisedFrom,
            String revisionReasons) {}

    public record Suspension(Instant suspendedAt, String rule, String legalBasis, String detail) {}

    public static EncounterView of(Encounter e) {
        PersonDetails p = e.person();
        boolean hasDate = p.dateOfBirth() != null && p.dateOfBirth().year() != null;
        Person person =
                new Person(
                        p.documentSurname(),
                        p.documentGivenNames(),
                        p.statedSurname(),
                        p.statedGivenNames(),
                        p.originalScriptName(),
                        hasDate ? p.dateOfBirth().toString() : null,
                        hasDate && p.dateOfBirth().estimated(),
                        p.sex(),
                        p.placeOfBirth(),
                        e.nationalities(),
                        e.languages());
        List<Document> documents =
                e.documents().stream()
                        .map(
                                d ->
                                        new Document(
                                                d.documentCode(),
                                                d.number(),
                                                d.issuingState(),
                                                d.expiryDate(),
                                                d.expired(),
                                                d.mrzValid(),
                                                d.mrzSummary()))
                        .toList();
        List<Need> needs =
                e.specificNeeds().stream()
                        .map(
                                n ->
                                        new Need(
                                                n.category(),
                                                SpecificNeeds.label(n.category()),
                                                n.note(),
                                                n.notedBy(),
                                                n.notedAt()))
                        .toList();
        Watchlist watchlist =
                e.watchlist() == null
                        ? null
                        : new Watchlist(
                                e.watchlist().status(),
                                e.watchlist().system(),
                                e.watchlist().detail(),
                                e.watchlist().checkedAt());
        Screening s = e.screening();
        ScreeningView screening =
                s == null
                        ? null
                        : new ScreeningView(
                                s.due(),
                                s.dueRule(),
                                s.dueExplanation(),
                                s.dueUnconfirmed(),
                                s.reason(),
                                s.previousResidenceCountries() == null
                                                || s.previousResidenceCountries().isBlank()
                                        ? List.of()
                                        : List.of(s.previousResidenceCountries().split(",")),
                                s.healthCheckResult(),
                                s.noFurtherHealthCheckNeeded(),
                                s.vulnerabilityCheckResult(),
                                s.specialReceptionOrProceduralNeeds(),
                                s.familyMembersInOtherStates(),
                                s.databaseHit(),
                                s.cooperated(),
                                s.completedAt(),
                                s.completedBy());
        Outcome o = e.outcome();
        OutcomeView outcome =
                o == null
                        ? null
                        : new OutcomeView(
                                o.kind(),
                                o.status(),
                                o.refusalGround(),
                                o.refusalBasis(),
                                o.note(),
                                o.detentionReasons(),
                                o.decidedBy(),
                                o.decidedAt(),
                                o.suspendedAt() == null
                                        ? null
                                        : new Suspension(
                                                o.suspendedAt(),
                                                o.suspensionRule(),
                                                o.suspensionBasis(),
                                                o.suspensionDetail()),
                                o.executedAt(),
                                o.executedBy(),
                                o.revisedFrom(),
                                o.revisionReasons());
        return new EncounterView(
                e.id(),
                e.version(),
                e.kind(),
                e.crossingPointId(),
                e.locationDescription(),
                e.occurredAt(),
                e.heldAtBorderSince(),
                e.groupId(),
                e.groupRole(),
                person,
                documents,
                e.unaccompaniedChild(),
                e.protectionRequestedAt(),
                e.protectionRequestWords(),
                e.protectionRenewedAt(),
                e.protectionRenewalWords(),
                e.protectionRenewals() == 0 ? null : e.protectionRenewals(),
                needs,
                watchlist,
                screening,
                outcome,
                e.registeredAt(),
                e.registeredBy());
    }
}
