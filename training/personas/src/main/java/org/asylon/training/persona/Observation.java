package org.asylon.training.persona;

import java.util.List;
import java.util.Optional;

/**
 * The vocabulary in which ground truth, answer keys and scores speak: each observation is a fact a
 * trainee's work leaves in a module's event feed about one person, read by the runner's scorer.
 * Some take a code after their prefix ({@code entry.outcome.REFUSED_ENTRY}, {@code
 * reception.referral.ASYLUM_PROCEDURE}); the code is the module's own enum value or code.
 *
 * <p>Ground truth, keys and the scorer must agree on this one list: a name not in it fails the
 * exercise's validation.
 */
public final class Observation {

    /** An observation name and the event(s) of its module it is read from. */
    public record Kind(String name, boolean takesCode, String module, String readFrom) {}

    // entry
    public static final String ENTRY_REGISTERED = "entry.registered";
    public static final String ENTRY_IN_GROUP = "entry.in-group";
    public static final String ENTRY_PROTECTION_REQUESTED = "entry.protection-requested";
    public static final String ENTRY_UNACCOMPANIED_CHILD = "entry.unaccompanied-child";
    public static final String ENTRY_SPECIFIC_NEED = "entry.specific-need.";
    public static final String ENTRY_OUTCOME = "entry.outcome.";
    // reception
    public static final String RECEPTION_REGISTERED = "reception.registered";
    public static final String RECEPTION_REFERRAL = "reception.referral.";
    public static final String RECEPTION_ALLOCATED = "reception.allocated.";
    public static final String RECEPTION_DOCUMENT_ISSUED = "reception.document-issued";
    public static final String RECEPTION_VULNERABILITY_RECORDED =
            "reception.vulnerability-recorded";
    // rsd
    public static final String RSD_CLAIM_REGISTERED = "rsd.claim-registered";
    public static final String RSD_CLAIM_LODGED = "rsd.claim-lodged";
    public static final String RSD_TRACK = "rsd.track.";
    public static final String RSD_INTERVIEW_SCHEDULED = "rsd.interview-scheduled";
    public static final String RSD_DECISION_ISSUED = "rsd.decision-issued";
    public static final String RSD_DEADLINE_MISSED = "rsd.deadline-missed";
    // detention
    public static final String DETENTION_ORDER_ISSUED = "detention.order-issued";
    public static final String DETENTION_ALTERNATIVE_ORDERED = "detention.alternative-ordered";
    public static final String DETENTION_RELEASED = "detention.released";
    public static final String DETENTION_VISIT_RECORDED = "detention.visit-recorded";
    public static final String DETENTION_FINDING_RECORDED = "detention.finding-recorded";
    public static final String DETENTION_RECOMMENDATION_MADE = "detention.recommendation-made";
    // return
    public static final String RETURN_DECISION_ISSUED = "return.decision-issued";
    public static final String RETURN_EXECUTION_BLOCKED = "return.execution-blocked";
    public static final String RETURN_REMOVAL_EXECUTED = "return.removal-executed";
    public static final String RETURN_GATE_OVERRIDDEN = "return.gate-overridden";
    public static final String RETURN_AVRR_REFERRAL_MADE = "return.avrr-referral-made";
    public static final String RETURN_PROTECTION_REQUESTED = "return.protection-requested";
    // readmission
    public static final String READMISSION_REQUEST_SENT = "readmission.request-sent";
    public static final String READMISSION_REQUEST_REPLIED = "readmission.request-replied";
    public static final String READMISSION_TACITLY_ACCEPTED =
            "readmission.request-tacitly-accepted";
    public static final String READMISSION_TRANSFER_EXECUTED = "readmission.transfer-executed";
    public static final String READMISSION_TRANSFER_BLOCKED = "readmission.transfer-blocked";

    public static final List<Kind> ALL =
            List.of(
                    new Kind(ENTRY_REGISTERED, false, "entry", "encounter-registered"),
                    new Kind(ENTRY_IN_GROUP, false, "entry", "encounter-registered (groupId)"),
                    new Kind(
                            ENTRY_PROTECTION_REQUESTED,
                            false,
                            "entry",
                            "encounter-registered (protectionRequestedAt), protection-requested"),
                    new Kind(
                            ENTRY_UNACCOMPANIED_CHILD,
                            false,
                            "entry",
                            "encounter-registered (unaccompaniedChild)"),
                    new Kind(
                            ENTRY_SPECIFIC_NEED,
                            true,
                            "entry",
                            "encounter-registered, specific-needs-noted (category code)"),
                    new Kind(
                            ENTRY_OUTCOME,
                            true,
                            "entry",
                            "outcome-decided, outcome-revised (OutcomeKind)"),
                    new Kind(RECEPTION_REGISTERED, false, "reception", "arrival-registered"),
                    new Kind(RECEPTION_REFERRAL, true, "reception", "referral-made (Channel)"),
                    new Kind(RECEPTION_ALLOCATED, true, "reception", "allocated (place type)"),
                    new Kind(RECEPTION_DOCUMENT_ISSUED, false, "reception", "document-issued"),
                    new Kind(
                            RECEPTION_VULNERABILITY_RECORDED,
                            false,
                            "reception",
                            "vulnerability-recorded"),
                    new Kind(RSD_CLAIM_REGISTERED, false, "rsd", "claim-registered"),
                    new Kind(RSD_CLAIM_LODGED, false, "rsd", "claim-lodged"),
                    new Kind(RSD_TRACK, true, "rsd", "track-assigned (track)"),
                    new Kind(RSD_INTERVIEW_SCHEDULED, false, "rsd", "interview-scheduled"),
                    new Kind(RSD_DECISION_ISSUED, false, "rsd", "decision-issued"),
                    new Kind(
                            RSD_DEADLINE_MISSED,
                            false,
                            "rsd",
                            "a deadline of the claim passed before the step it limits"),
                    new Kind(DETENTION_ORDER_ISSUED, false, "detention", "order-issued"),
                    new Kind(
                            DETENTION_ALTERNATIVE_ORDERED,
                            false,
                            "detention",
                            "alternative-ordered"),
                    new Kind(DETENTION_RELEASED, false, "detention", "released"),
                    new Kind(DETENTION_VISIT_RECORDED, false, "detention", "visit-recorded"),
                    new Kind(DETENTION_FINDING_RECORDED, false, "detention", "finding-recorded"),
                    new Kind(
                            DETENTION_RECOMMENDATION_MADE,
                            false,
                            "detention",
                            "recommendation-made"),
                    new Kind(RETURN_DECISION_ISSUED, false, "return", "decision-issued"),
                    new Kind(RETURN_EXECUTION_BLOCKED, false, "return", "execution-blocked"),
                    new Kind(RETURN_REMOVAL_EXECUTED, false, "return", "removal-executed"),
                    new Kind(RETURN_GATE_OVERRIDDEN, false, "return", "gate-overridden"),
                    new Kind(RETURN_AVRR_REFERRAL_MADE, false, "return", "avrr-referral-made"),
                    new Kind(RETURN_PROTECTION_REQUESTED, false, "return", "protection-requested"),
                    new Kind(READMISSION_REQUEST_SENT, false, "readmission", "request-sent"),
                    new Kind(READMISSION_REQUEST_REPLIED, false, "readmission", "request-replied"),
                    new Kind(
                            READMISSION_TACITLY_ACCEPTED,
                            false,
                            "readmission",
                            "request-tacitly-accepted"),
                    new Kind(
                            READMISSION_TRANSFER_EXECUTED,
                            false,
                            "readmission",
                            "transfer-executed"),
                    new Kind(
                            READMISSION_TRANSFER_BLOCKED,
                            false,
                            "readmission",
                            "transfer-blocked"));

    private Observation() {}

    /** The kind an observation name belongs to: exact, or by its prefix for coded ones. */
    public static Optional<Kind> kindOf(String observation) {
        if (observation == null) {
            return Optional.empty();
        }
        return ALL.stream()
                .filter(
                        k ->
                                k.takesCode()
                                        ? observation.startsWith(k.name())
                                                && observation.length() > k.name().length()
                                        : observation.equals(k.name()))
                .findFirst();
    }

    public static String module(String observation) {
        return kindOf(observation)
                .map(Kind::module)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "'" + observation + "' is not an observation"));
    }
}
