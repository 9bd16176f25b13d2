package org.asylon.entry.document.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the machine-readable zone of a travel document (ICAO Doc 9303) as scanned at a border
 * counter. It never throws for bad input and never silently changes data: every correction and
 * every doubt is in the {@link MrzReading}. Stateless and thread-safe.
 */
public final class MrzReader {

    private final Clock clock;
    private final CenturyPolicy centuryPolicy;
    private final Map<MrzFormat, MrzLayout> layouts = new EnumMap<>(MrzFormat.class);

    /**
     * The standard layouts (visas included, labelled unverified) and the {@link
     * DefaultCenturyPolicy}.
     */
    public MrzReader(Clock clock) {
        this(clock, new DefaultCenturyPolicy(), MrzLayouts.standard());
    }

    /**
     * @param layouts one layout per format to read; a format without a layout is reported as not
     *     enabled
     */
    public MrzReader(Clock clock, CenturyPolicy centuryPolicy, Collection<MrzLayout> layouts) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.centuryPolicy = Objects.requireNonNull(centuryPolicy, "centuryPolicy");
        for (MrzLayout layout : layouts) {
            if (this.layouts.put(layout.format(), layout) != null) {
                throw new IllegalArgumentException("two layouts for " + layout.format());
            }
        }
    }

    /**
     * Reads MRZ lines separated by {@code \n} or {@code \r\n}, judging expiry against the clock's
     * today.
     */
    public MrzReading read(String text) {
        return read(text, LocalDate.now(clock));
    }

    /** Reads MRZ lines, judging expiry and the century of dates against {@code today}. */
    public MrzReading read(String text, LocalDate today) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(today, "today");
        Findings findings = new Findings();
        ScannedText scanned = ScannedText.of(text);
        scanned.reportLowerCase(findings);
        List<String> lines = scanned.lines();

        MrzFormat format = FormatDetector.detect(lines, findings);
        MrzLayout layout = layouts.get(format);
        if (format == MrzFormat.UNKNOWN || layout == null) {
            if (format != MrzFormat.UNKNOWN) {
                findings.error(
                        MrzField.FORMAT,
                        "This looks like a "
                                + format.label()
                                + (format.visa() ? " visa" : "")
                                + ", but reading that format is not enabled here.");
            }
            return new MrzReading(
                    format,
                    false,
                    lines,
                    lines,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    findings.flags,
                    findings.problems,
                    List.copyOf(findings.unverifiedRules),
                    false,
                    false);
        }
        if (!layout.verified()) {
            findings.unverified(format.label() + " layout: " + layout.reference());
            findings.warning(
                    MrzField.FORMAT,
                    "This is a "
                            + format.label()
                            + (format.visa() ? " visa" : "")
                            + ". Its layout is not verified against Doc 9303, so fields may have been read from the wrong"
                            + " positions; compare every field with the visual zone.");
        }

        DocumentNumberLocation documentNumber =
                DocumentNumberLocation.locate(layout, lines, findings);
        List<InvalidCharacter> invalid =
                CharacterScreen.screen(lines, layout, documentNumber, findings);
        List<CheckDigitRule> rules = CheckDigitRule.of(layout, documentNumber);
        MrzDates dates = new MrzDates(centuryPolicy, today);
        List<String> readLines = new OcrRepairer(dates).repair(lines, rules, findings);
        List<CheckDigitReport> checkDigits = CheckDigitVerifier.verify(readLines, rules, findings);
        MrzDocument document =
                new FieldReader(layout, dates, findings).read(readLines, documentNumber);
        boolean expired = FlagReader.flag(document, today, findings);
        boolean valid = checkDigits.stream().allMatch(CheckDigitReport::valid);

        return new MrzReading(
                format,
                layout.verified(),
                lines,
                readLines,
                document,
                checkDigits,
                findings.repairs,
                invalid,
                findings.flags,
                findings.problems,
                List.copyOf(findings.unverifiedRules),
                expired,
                valid);
    }
}
