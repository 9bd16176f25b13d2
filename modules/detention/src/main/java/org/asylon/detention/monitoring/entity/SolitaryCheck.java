package org.asylon.detention.monitoring.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One person in solitary confinement as the records showed it (Mandela Rules 43(1)(b), 44: 22 hours
 * or more a day without meaningful human contact; prolonged beyond 15 consecutive days, in the
 * reference profiles).
 *
 * @param date the latest day recorded
 * @param consecutiveDays the run up to that day
 */
public record SolitaryCheck(
        String personId,
        LocalDate date,
        BigDecimal hoursWithoutContact,
        int consecutiveDays,
        LocalDate runStartedOn,
        boolean prolonged) {}
