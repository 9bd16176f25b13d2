package org.asylon.entry.document.control;

import java.time.LocalDate;

/**
 * Chooses the century of a two-digit MRZ year. The MRZ does not encode the century and the verified
 * Doc 9303 text gives no rule for inferring it, so every choice is an implementation policy and is
 * reported as unverified. Month and day are null where unknown.
 */
public interface CenturyPolicy {

    CenturyChoice birthYear(int twoDigitYear, Integer month, Integer day, LocalDate today);

    CenturyChoice expiryYear(int twoDigitYear, Integer month, Integer day, LocalDate today);
}
