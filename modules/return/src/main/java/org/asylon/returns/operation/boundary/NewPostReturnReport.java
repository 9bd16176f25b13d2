package org.asylon.returns.operation.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.asylon.returns.operation.entity.ContactOutcome;
import org.asylon.returns.operation.entity.PostReturnConcern;

/**
 * What a partner or a monitor learnt after return ({@code organisation} absent: the designated
 * partner's name; a monitor names their body).
 */
public record NewPostReturnReport(
        @Size(max = 200) String organisation,
        @NotNull(message = "is required: the day of the contact (or the attempt)")
                LocalDate contactOn,
        @NotNull(
                        message =
                                "is required: MET_IN_PERSON, REACHED_REMOTELY,"
                                        + " THROUGH_A_THIRD_PERSON or NOT_REACHED")
                ContactOutcome contact,
        @NotNull(
                        message =
                                "is required: NONE, SAFETY, DETAINED_ON_ARRIVAL, HEALTH, LIVELIHOOD"
                                        + " or OTHER")
                PostReturnConcern concern,
        @Size(max = 8000) String note) {}
