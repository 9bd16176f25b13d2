package org.asylon.entry.document.control;

import java.util.List;

/** The TD1, TD2 and TD3 layouts of ICAO Doc 9303, 8th edition (2021), Parts 4 to 6. */
public final class MrzLayouts {

    private MrzLayouts() {}

    /** TD1, TD2, TD3 and the unverified MRV-A and MRV-B. */
    public static List<MrzLayout> standard() {
        return List.of(td1(), td2(), td3(), mrvA(), mrvB());
    }

    /**
     * Only the layouts confirmed in the verified text: TD1, TD2, TD3; visas are then reported as
     * not enabled.
     */
    public static List<MrzLayout> verifiedOnly() {
        return List.of(td1(), td2(), td3());
    }

    /** Passport, Doc 9303 Part 4 §4.2.2. */
    public static MrzLayout td3() {
        return new MrzLayout(
                MrzFormat.TD3,
                true,
                "Doc 9303 Part 4 §4.2.2",
                span(1, 1, 2),
                span(1, 3, 5),
                span(1, 6, 44),
                checked(2, 1, 9, 10),
                false,
                span(2, 11, 13),
                checked(2, 14, 19, 20),
                new MrzPosition(2, 21),
                checked(2, 22, 27, 28),
                List.of(
                        new OptionalDataSpan(
                                MrzField.PERSONAL_NUMBER,
                                "personal number or other optional data",
                                span(2, 29, 42),
                                new MrzPosition(2, 43))),
                List.of(span(2, 1, 10), span(2, 14, 20), span(2, 22, 43)),
                new MrzPosition(2, 44));
    }

    /** Doc 9303 Part 6 §4.2.2 and §4.2.4. */
    public static MrzLayout td2() {
        return new MrzLayout(
                MrzFormat.TD2,
                true,
                "Doc 9303 Part 6 §4.2.2, §4.2.4",
                span(1, 1, 2),
                span(1, 3, 5),
                span(1, 6, 36),
                checked(2, 1, 9, 10),
                false,
                span(2, 11, 13),
                checked(2, 14, 19, 20),
                new MrzPosition(2, 21),
                checked(2, 22, 27, 28),
                List.of(
                        new OptionalDataSpan(
                                MrzField.OPTIONAL_DATA, "optional data", span(2, 29, 35), null)),
                List.of(span(2, 1, 10), span(2, 14, 20), span(2, 22, 35)),
                new MrzPosition(2, 36));
    }

    /** ID card, Doc 9303 Part 5 §4.2.2 and §4.2.4. */
    public static MrzLayout td1() {
        return new MrzLayout(
                MrzFormat.TD1,
                true,
                "Doc 9303 Part 5 §4.2.2, §4.2.4",
                span(1, 1, 2),
                span(1, 3, 5),
                span(3, 1, 30),
                checked(1, 6, 14, 15),
                true,
                span(2, 16, 18),
                checked(2, 1, 6, 7),
                new MrzPosition(2, 8),
                checked(2, 9, 14, 15),
                List.of(
                        new OptionalDataSpan(
                                MrzField.OPTIONAL_DATA,
                                "optional data (line 1)",
                                span(1, 16, 30),
                                null),
                        new OptionalDataSpan(
                                MrzField.OPTIONAL_DATA,
                                "optional data (line 2)",
                                span(2, 19, 29),
                                null)),
                List.of(span(1, 6, 30), span(2, 1, 7), span(2, 9, 15), span(2, 19, 29)),
                new MrzPosition(2, 30));
    }

    /**
     * UNVERIFIED outline of Doc 9303 Part 7: line 2 as TD3 up to position 28, then 16 characters of
     * optional data.
     */
    public static MrzLayout mrvA() {
        return new MrzLayout(
                MrzFormat.MRV_A,
                false,
                "UNVERIFIED outline of Doc 9303 Part 7 (MRV-A); not in the verified sources",
                span(1, 1, 2),
                span(1, 3, 5),
                span(1, 6, 44),
                checked(2, 1, 9, 10),
                false,
                span(2, 11, 13),
                checked(2, 14, 19, 20),
                new MrzPosition(2, 21),
                checked(2, 22, 27, 28),
                List.of(
                        new OptionalDataSpan(
                                MrzField.OPTIONAL_DATA, "optional data", span(2, 29, 44), null)),
                List.of(),
                null);
    }

    /**
     * UNVERIFIED outline of Doc 9303 Part 7: line 2 as TD3 up to position 28, then 8 characters of
     * optional data.
     */
    public static MrzLayout mrvB() {
        return new MrzLayout(
                MrzFormat.MRV_B,
                false,
                "UNVERIFIED outline of Doc 9303 Part 7 (MRV-B); not in the verified sources",
                span(1, 1, 2),
                span(1, 3, 5),
                span(1, 6, 36),
                checked(2, 1, 9, 10),
                false,
                span(2, 11, 13),
                checked(2, 14, 19, 20),
                new MrzPosition(2, 21),
                checked(2, 22, 27, 28),
                List.of(
                        new OptionalDataSpan(
                                MrzField.OPTIONAL_DATA, "optional data", span(2, 29, 36), null)),
                List.of(),
                null);
    }

    private static MrzSpan span(int line, int start, int end) {
        return new MrzSpan(line, start, end);
    }

    private static CheckedSpan checked(int line, int start, int end, int checkDigitColumn) {
        return new CheckedSpan(
                new MrzSpan(line, start, end), new MrzPosition(line, checkDigitColumn));
    }
}
