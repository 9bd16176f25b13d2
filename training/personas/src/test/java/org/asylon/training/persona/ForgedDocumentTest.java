package org.asylon.training.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.asylon.entry.document.control.CheckDigitReport;
import org.asylon.entry.document.control.MrzFormat;
import org.asylon.entry.document.control.MrzReader;
import org.asylon.entry.document.control.MrzReading;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.training.persona.Persona.DocumentState;
import org.junit.jupiter.api.Test;

/**
 * The passports are read by entry's own MRZ reader (ICAO Doc 9303): a forged one fails exactly one
 * check digit (and the composite that covers it), a valid or expired one fails none, and an expired
 * one expired before the cohort's day.
 */
class ForgedDocumentTest {

    static final LocalDate DAY = CohortTest.DAY;

    private final MrzReader reader =
            new MrzReader(
                    Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private static List<Persona> cohorts() {
        ProfileLoader loader = new ProfileLoader();
        return java.util.stream.Stream.of(1L, 15L, 2026L)
                .flatMap(
                        seed -> Cohort.generate(seed, loader.load("convention-1951"), DAY).stream())
                .toList();
    }

    @Test
    void everyForgedPassportFailsACheckDigitAndNoOtherDoes() {
        int forged = 0;
        for (Persona p : cohorts()) {
            Persona.TravelDocument d = p.document();
            if (d.state() == DocumentState.ABSENT) {
                assertTrue(d.mrz().isEmpty(), p.id());
                continue;
            }
            MrzReading reading = reader.read(String.join("\n", d.mrz()));
            assertEquals(MrzFormat.TD3, reading.format(), p.id() + " " + d.mrz());
            assertTrue(reading.repairs().isEmpty(), p.id());
            assertTrue(reading.invalidCharacters().isEmpty(), p.id() + " " + d.mrz());
            List<CheckDigitReport> failed =
                    reading.checkDigits().stream().filter(r -> !r.valid()).toList();
            if (d.state() == DocumentState.FORGED) {
                forged++;
                assertFalse(reading.valid(), p.id());
                assertFalse(failed.isEmpty(), p.id());
                assertTrue(failed.size() <= 2, p.id() + " " + failed);
            } else {
                assertTrue(reading.valid(), p.id() + " " + reading.problems());
                assertTrue(failed.isEmpty(), p.id() + " " + failed);
            }
            assertEquals(d.number(), reading.document().documentNumber(), p.id());
            assertEquals(
                    d.expiryDate(),
                    reading.document().dateOfExpiry().toLocalDate().orElseThrow().toString(),
                    p.id());
            assertEquals(d.state() == DocumentState.EXPIRED, reading.expired(), p.id());
            if (d.state() == DocumentState.EXPIRED) {
                assertTrue(LocalDate.parse(d.expiryDate()).isBefore(DAY), p.id());
            }
        }
        assertTrue(forged > 0);
    }
}
