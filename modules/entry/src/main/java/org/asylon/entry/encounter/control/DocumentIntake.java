package org.asylon.entry.encounter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.asylon.entry.document.control.DocumentReader;
import org.asylon.entry.document.control.MrzDocument;
import org.asylon.entry.document.control.MrzFormat;
import org.asylon.entry.document.control.MrzProblem;
import org.asylon.entry.document.control.MrzReading;
import org.asylon.entry.encounter.entity.TravelDocument;
import org.asylon.kernel.problem.ProblemException;

/**
 * Turns a document as given at the counter into a {@link TravelDocument}: an MRZ is read and
 * checked (a failed check digit is recorded, not refused — the officer decides), typed fields are
 * taken as they are. An expired document is flagged, never refused.
 */
@ApplicationScoped
public class DocumentIntake {

    private static final int SUMMARY_LENGTH = 1000;

    private DocumentReader reader;
    private Clock clock;

    /** The document and, when it was read from an MRZ, the reading behind it. */
    public record Intake(TravelDocument document, MrzReading reading) {}

    protected DocumentIntake() {
        // for CDI's client proxy
    }

    @Inject
    public DocumentIntake(DocumentReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    /**
     * @param field where the document sits in the request, to name it in a problem
     */
    public Intake take(DocumentFacts input, String field) {
        LocalDate today = LocalDate.now(clock);
        if (input.scanned()) {
            MrzReading reading = reader.read(input.mrz());
            if (reading.format() == MrzFormat.UNKNOWN || reading.document() == null) {
                throw ProblemException.invalidField(
                        field + ".mrz",
                        reading.problems().stream()
                                .map(MrzProblem::message)
                                .collect(Collectors.joining("; ")));
            }
            MrzDocument d = reading.document();
            if (d.documentNumber() == null || d.documentNumber().isBlank()) {
                throw ProblemException.invalidField(
                        field + ".mrz", "the document number could not be read");
            }
            TravelDocument document =
                    new TravelDocument(
                            d.documentCode() == null
                                    ? null
                                    : d.documentCode().raw().replace("<", ""),
                            d.documentNumber(),
                            d.issuingState() == null ? null : d.issuingState().code(),
                            d.dateOfExpiry() == null
                                    ? null
                                    : d.dateOfExpiry().toLocalDate().orElse(null),
                            today,
                            reading.valid(),
                            summary(reading));
            return new Intake(document, reading);
        }
        if (input.number() == null || input.number().isBlank()) {
            throw ProblemException.invalidField(
                    field + ".number", "give the document number or scan its MRZ");
        }
        return new Intake(
                new TravelDocument(
                        input.documentCode(),
                        input.number().strip().toUpperCase(Locale.ROOT),
                        input.issuingState(),
                        input.expiryDate(),
                        today,
                        null,
                        null),
                null);
    }

    private static String summary(MrzReading reading) {
        String text =
                reading.valid()
                        ? "all check digits pass"
                        : reading.problems().stream()
                                .map(MrzProblem::message)
                                .collect(Collectors.joining("; "));
        if (!reading.repairs().isEmpty()) {
            text += "; OCR repairs: " + reading.repairs().size();
        }
        return text.length() > SUMMARY_LENGTH ? text.substring(0, SUMMARY_LENGTH - 1) + "…" : text;
    }
}
