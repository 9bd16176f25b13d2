package org.asylon.rsd.casework.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.asylon.rsd.casework.control.RecordInput;
import org.asylon.rsd.casework.entity.InterviewContent;
import org.asylon.rsd.casework.entity.MaterialFact;
import org.asylon.rsd.casework.entity.Statement;
import org.asylon.rsd.casework.entity.SubmittedDocument;

/**
 * The interview record as written (the whole record each time). {@code interpreterId} is the
 * interpreter who actually interpreted when it was not the one booked; {@code noInterpreter} says
 * none did. {@code readBackConfirmed} stays null until the record has been read back to the
 * applicant.
 */
public record InterviewRecordBody(
        @NotNull(message = "is required (RFC 3339)") Instant startedAt,
        @NotNull(message = "is required (RFC 3339)") Instant endedAt,
        @Size(max = 36) String interpreterId,
        Boolean noInterpreter,
        Boolean readBackConfirmed,
        @Size(max = 200) List<@Valid MaterialFact> materialFacts,
        @Size(max = 1000) List<@Valid Statement> statements,
        @Size(max = 200) List<@Valid SubmittedDocument> documents,
        @Size(max = 5000) String readBackComments) {

    RecordInput input() {
        return new RecordInput(
                startedAt,
                endedAt,
                interpreterId == null || interpreterId.isBlank() ? null : interpreterId,
                Boolean.TRUE.equals(noInterpreter),
                readBackConfirmed,
                new InterviewContent(materialFacts, statements, documents, readBackComments));
    }
}
