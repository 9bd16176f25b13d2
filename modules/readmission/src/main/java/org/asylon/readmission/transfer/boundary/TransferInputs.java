package org.asylon.readmission.transfer.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.asylon.readmission.transfer.control.AssessmentInput;
import org.asylon.readmission.transfer.control.Finding;
import org.asylon.readmission.transfer.control.OfficersCheck;
import org.asylon.readmission.transfer.entity.Extension;

/** The bodies of the transfer actions. */
public final class TransferInputs {

    private TransferInputs() {}

    /** The transfer decision, notified to the person in writing at {@code notifiedAt}. */
    public record Decision(@NotNull(message = "when the person was notified") Instant notifiedAt) {}

    /** The person's appeal against the transfer decision. */
    public record Appeal(@NotNull Instant lodgedAt) {}

    /** The court's decision on the appeal. */
    public record AppealDecision(@NotNull Boolean upheld, @NotNull Instant decidedAt) {}

    /** An extension of the transfer period for imprisonment or absconding. */
    public record NewExtension(
            @NotNull(message = "IMPRISONMENT or ABSCONDING") Extension extension,
            @NotBlank @Size(max = 2000) String reasons) {}

    /** An assessment of protection in the receiving state (10-Point Plan point 8). */
    public record Assessment(
            @NotNull Boolean accessToProcedure,
            @NotNull Boolean nonRefoulementRespected,
            @NotBlank @Size(max = 1000) String legalStatus,
            @NotBlank @Size(max = 500) String countryInformationSource,
            @NotNull @PastOrPresent LocalDate countryInformationDate,
            @NotNull Boolean adequate,
            @NotBlank @Size(max = 4000) String reasons) {
        public AssessmentInput toInput() {
            return new AssessmentInput(
                    accessToProcedure,
                    nonRefoulementRespected,
                    legalStatus,
                    countryInformationSource,
                    countryInformationDate,
                    adequate,
                    reasons);
        }
    }

    /** The officer's check with the asylum authority, at the moment of the transfer. */
    public record ProtectionCheck(
            @NotBlank @Size(max = 500) String source,
            @NotBlank @Size(max = 200) String reference,
            @NotNull Instant checkedAt,
            @NotNull(
                            message =
                                    "NO_CLAIM, REQUEST_DECIDED, CLAIM_PENDING, SUSPENSIVE_APPEAL_PENDING or PROTECTION_GRANTED")
                    Finding finding,
            @NotNull(message = "whether the person fears the receiving state")
                    Boolean fearsDestination) {
        OfficersCheck toCheck() {
            return new OfficersCheck(source, reference, checkedAt, finding, fearsDestination);
        }
    }

    /** The execution: the officer's check, required when the return module cannot answer. */
    public record Execution(@Valid ProtectionCheck protectionCheck) {
        public OfficersCheck check() {
            return protectionCheck == null ? null : protectionCheck.toCheck();
        }
    }
}
