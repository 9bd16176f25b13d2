package org.asylon.returns;

import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.json.Jsons;

/** Upstream events in the shape the modules' READMEs give them, for plain tests. */
public final class Upstream {

    private Upstream() {}

    /** RSD: every event carries the claim's state after the change. */
    public static CloudEvent rsd(
            String fact,
            String applicationId,
            String arrivalId,
            String stage,
            boolean pending,
            boolean granted,
            Instant at,
            JsonObjectBuilder extra) {
        JsonObjectBuilder data =
                extra.add("applicationId", applicationId)
                        .add("principalId", applicationId)
                        .add("ownClaim", true)
                        .add("stage", stage)
                        .add("claimPending", pending)
                        .add("protectionGranted", granted);
        if (arrivalId != null) {
            data.add("sourceArrivalId", arrivalId);
        }
        return Fixture.event("org.asylon.rsd." + fact + ".v1", at, data.build());
    }

    public static CloudEvent claimPending(String app, String arrival, Instant madeAt) {
        return claimPending(app, arrival, madeAt, null);
    }

    /** A claim opened, subsequent to an earlier one where {@code subsequentTo} is given. */
    public static CloudEvent claimPending(
            String app, String arrival, Instant madeAt, String subsequentTo) {
        JsonObjectBuilder extra = Jsons.object();
        if (subsequentTo != null) {
            extra.add("subsequentTo", subsequentTo);
        }
        return rsd(
                "claim-pending",
                app,
                arrival,
                "MADE",
                true,
                false,
                madeAt,
                extra.add("madeAt", madeAt.toString())
                        .add("madeWhere", "BORDER")
                        .add(
                                "person",
                                Jsons.object()
                                        .add("surname", "Haddad")
                                        .add("givenNames", "Karim")
                                        .add("dateOfBirth", "1994-03-02")
                                        .add("sex", "M")
                                        .add("nationalities", Jsons.array().add("IRQ"))));
    }

    public static CloudEvent finalNegative(String app, String arrival, String outcome, Instant at) {
        return rsd(
                "claim-final",
                app,
                arrival,
                "FINAL",
                false,
                false,
                at,
                Jsons.object()
                        .add("outcome", outcome)
                        .add("finalOutcome", outcome)
                        .add("finalBy", "APPEAL_WINDOW_PASSED")
                        .add("finalAt", at.toString()));
    }

    public static CloudEvent appealLodged(
            String app, String arrival, boolean suspensive, Instant at) {
        return rsd(
                "appeal-lodged",
                app,
                arrival,
                "APPEALED",
                true,
                false,
                at,
                Jsons.object()
                        .add("outcome", "REJECTED")
                        .add("suspensive", suspensive)
                        .add("suspensiveRule", "asylum.appeal.suspensive.regular")
                        .add("suspensiveAppealPending", suspensive)
                        .add("awaitingAdmission", false)
                        .add("late", false));
    }

    public static CloudEvent granted(String app, String arrival, Instant at) {
        return rsd(
                "claim-final",
                app,
                arrival,
                "FINAL",
                false,
                true,
                at,
                Jsons.object()
                        .add("outcome", "RECOGNISED_REFUGEE")
                        .add("finalOutcome", "RECOGNISED_REFUGEE")
                        .add("finalBy", "APPEAL_WINDOW_PASSED"));
    }

    public static CloudEvent encounter(String encounterId, Instant at) {
        return Fixture.event(
                "org.asylon.entry.encounter-registered.v1",
                at,
                Jsons.object()
                        .add("encounterId", encounterId)
                        .add("occurredAt", at.toString())
                        .add(
                                "person",
                                Jsons.object()
                                        .add("documentSurname", "Berisha")
                                        .add("documentGivenNames", "Arben")
                                        .add("dateOfBirth", "1988-01-09")
                                        .add("sex", "M")
                                        .add("nationalities", Jsons.array().add("ALB")))
                        .add("unaccompaniedChild", false)
                        .add("protectionRequested", false)
                        .build());
    }

    public static CloudEvent outcome(String fact, String encounterId, String status, Instant at) {
        return Fixture.event(
                "org.asylon.entry." + fact + ".v1",
                at,
                Jsons.object()
                        .add("encounterId", encounterId)
                        .add("outcome", "REFUSED_ENTRY")
                        .add("status", status)
                        .add("decidedAt", at.toString())
                        .add("protectionRequested", false)
                        .add("unaccompaniedChild", false)
                        .build());
    }

    public static CloudEvent borderRequest(String encounterId, Instant at) {
        return Fixture.event(
                "org.asylon.entry.protection-requested.v1",
                at,
                Jsons.object()
                        .add("encounterId", encounterId)
                        .add("protectionRequestedAt", at.toString())
                        .add("requestedAt", at.toString())
                        .add("renewed", false)
                        .build());
    }

    public static CloudEvent arrival(String arrivalId, String encounterId, Instant at) {
        return Fixture.event(
                "org.asylon.reception.arrival-registered.v1",
                at,
                Jsons.object()
                        .add("arrivalId", arrivalId)
                        .add("sourceEncounterId", encounterId)
                        .add("registeredAt", at.toString())
                        .build());
    }

    public static CloudEvent asylumReferral(String arrivalId, Instant at) {
        return Fixture.event(
                "org.asylon.reception.referral-made.v1",
                at,
                Jsons.object()
                        .add("arrivalId", arrivalId)
                        .add("channel", "ASYLUM_PROCEDURE")
                        .add("decidedAt", at.toString())
                        .add("asylumRequestedWhere", "RECEPTION")
                        .build());
    }
}
