package org.asylon.entry.document.control;

import java.util.ArrayList;
import java.util.List;

/** Extracts every field of the layout from the (repaired) lines and reports what is malformed. */
final class FieldReader {

    private final MrzLayout layout;
    private final MrzDates dates;
    private final Findings findings;

    FieldReader(MrzLayout layout, MrzDates dates, Findings findings) {
        this.layout = layout;
        this.dates = dates;
        this.findings = findings;
    }

    MrzDocument read(List<String> lines, DocumentNumberLocation documentNumber) {
        return new MrzDocument(
                documentCode(layout.documentCode().textIn(lines)),
                countryCode(MrzField.ISSUING_STATE, layout.issuingState().textIn(lines)),
                name(layout.name().textIn(lines)),
                documentNumber.numberText(lines).replaceAll("<+$", ""),
                documentNumber.longNumber(),
                countryCode(MrzField.NATIONALITY, layout.nationality().textIn(lines)),
                date(MrzField.DATE_OF_BIRTH, layout.dateOfBirth().field().textIn(lines)),
                sex(lines.get(layout.sex().line() - 1).charAt(layout.sex().column() - 1)),
                date(MrzField.DATE_OF_EXPIRY, layout.dateOfExpiry().field().textIn(lines)),
                optionalData(lines, documentNumber));
    }

    private DocumentCode documentCode(String raw) {
        char first = raw.charAt(0);
        // First characters: P for TD3 (Part 4 §4.2.2), A, C or I for TD1 (Part 5 §4.2.2).
        if (layout.format() == MrzFormat.TD3 && first != 'P') {
            findings.error(
                    MrzField.DOCUMENT_CODE,
                    "Document code '"
                            + raw
                            + "': a passport (TD3) document code"
                            + " starts with P, but this one starts with '"
                            + first
                            + "'.");
        }
        if (layout.format() == MrzFormat.TD1 && "ACI".indexOf(first) < 0) {
            findings.error(
                    MrzField.DOCUMENT_CODE,
                    "Document code '"
                            + raw
                            + "': an ID card (TD1) document code"
                            + " starts with A, C or I, but this one starts with '"
                            + first
                            + "'.");
        }
        return DocumentCode.of(raw, layout.format());
    }

    private CountryCode countryCode(MrzField field, String raw) {
        CountryCode code = CountryCode.of(raw);
        // ISO 3166-1 alpha-3 codes, or shorter codes padded with '<' at the end (Part 3 §5).
        if (!code.code().matches("[A-Z]+")) {
            findings.error(
                    field,
                    field.sentenceLabel()
                            + " '"
                            + raw
                            + "' is not a state or organisation code:"
                            + " it must be letters, padded with '<' at the end if shorter than three.");
        } else if (code.registered().isEmpty()) {
            // read as printed and not refused (the Doc 9303 worked examples use YTO): the visual
            // zone decides
            findings.warning(
                    field,
                    field.sentenceLabel()
                            + " '"
                            + code.code()
                            + "' is neither an ISO 3166-1 code"
                            + " nor a Doc 9303 Part 3 §5 code; compare it with the visual zone.");
        }
        return code;
    }

    private MrzName name(String raw) {
        MrzName name = MrzName.parse(raw);
        if (raw.chars().anyMatch(Character::isDigit)) {
            findings.error(
                    MrzField.NAME,
                    "Name '"
                            + raw.replaceAll("<+$", "")
                            + "' contains digits, which a name"
                            + " may not contain (Doc 9303 Part 3 §4.6). Compare it with the visual zone.");
        }
        if (name.fillsWholeField()) {
            char last = raw.charAt(raw.length() - 1);
            if (layout.format() == MrzFormat.TD3 && !Character.isLetter(last)) {
                findings.error(
                        MrzField.NAME,
                        "Name fills the whole field and ends in '"
                                + last
                                + "': a truncated"
                                + " name must end in a letter (Doc 9303 Part 4).");
            } else {
                findings.warning(
                        MrzField.NAME,
                        "Name fills the whole field, so it may be truncated;"
                                + " compare it with the visual zone.");
            }
        }
        return name;
    }

    private MrzDate date(MrzField field, String raw) {
        MrzDates.DateReading reading = dates.read(raw, field);
        if (!reading.isDate()) {
            findings.error(field, reading.unreadable());
        }
        if (reading.centuryProblem() != null) {
            findings.error(field, reading.centuryProblem());
        }
        if (reading.date().centuryRule() != null) {
            findings.unverified(
                    "Century of the " + field.label() + ": " + reading.date().centuryRule());
        }
        return reading.date();
    }

    private MrzSex sex(char code) {
        MrzSex sex = MrzSex.fromCode(code);
        if (sex == null) {
            findings.error(
                    MrzField.SEX,
                    "Sex is '" + code + "'; only F, M or '<' (unspecified) are allowed.");
        }
        return sex;
    }

    private List<MrzOptionalData> optionalData(
            List<String> lines, DocumentNumberLocation documentNumber) {
        List<MrzOptionalData> result = new ArrayList<>();
        for (OptionalDataSpan optional : layout.optionalData()) {
            MrzSpan span = optional.span();
            if (documentNumber.longNumber()
                    && span.line() == documentNumber.checkDigit().line()
                    && span.start() <= documentNumber.checkDigit().column()) {
                span = documentNumber.remainingOptionalData();
                if (span == null) {
                    continue; // the long document number fills the whole optional data
                }
            }
            String raw = span.textIn(lines);
            result.add(
                    new MrzOptionalData(
                            optional.field(),
                            optional.label(),
                            span,
                            raw,
                            raw.replaceAll("<+$", "")));
        }
        return result;
    }
}
