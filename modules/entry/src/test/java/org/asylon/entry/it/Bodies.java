package org.asylon.entry.it;

/** Request bodies with sensible defaults for the integration tests. */
final class Bodies {

    private static final java.util.Random RANDOM = new java.util.Random();

    private Bodies() {}

    static String crossingPoint(String name) {
        return "{\"name\":\""
                + name
                + "\",\"kind\":\"LAND\",\"country\":\"GRC\",\"latitude\":41.1,\"longitude\":26.3}";
    }

    static String encounter(String surname, boolean protection, boolean unaccompaniedChild) {
        return """
                {"kind":"APPREHENSION_AFTER_IRREGULAR_CROSSING","occurredAt":"2026-11-20T06:30:00Z",
                 "person":{"documentSurname":"%s","documentGivenNames":"MOHAMMED","statedSurname":"%s",
                   "statedGivenNames":"Muhammad","originalScriptName":"محمد","dateOfBirth":"1990-05","sex":"M",
                   "nationalities":["SYR"],"languages":["ara"]},
                 "documents":[{"documentCode":"P","number":"N%s","issuingState":"SYR","expiryDate":"2020-01-31"}],
                 "unaccompaniedChild":%s%s}
                """
                .formatted(
                        surname.toUpperCase(),
                        surname,
                        10_000_000 + RANDOM.nextInt(89_999_999),
                        unaccompaniedChild,
                        protection
                                ? ",\"protectionRequested\":{\"words\":\"I ask for asylum\"}"
                                : "");
    }

    static String mrzEncounter() {
        return """
                {"kind":"RESCUE_AT_SEA","occurredAt":"2026-11-21T05:00:00Z","person":{"statedSurname":"Eriksson"},
                 "documents":[{"mrz":"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"}]}
                """;
    }
}
