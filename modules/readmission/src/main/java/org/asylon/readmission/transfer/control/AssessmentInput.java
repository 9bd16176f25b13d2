package org.asylon.readmission.transfer.control;

import java.time.LocalDate;

/** An assessment of protection in the receiving state, as the officer records it. */
public record AssessmentInput(
        boolean accessToProcedure,
        boolean nonRefoulementRespected,
        String legalStatus,
        String countryInformationSource,
        LocalDate countryInformationDate,
        boolean adequate,
        String reasons) {}
