package org.asylon.readmission.regime.control;

import java.util.Locale;

/** What silence means when a reply period passes ({@code regime.<kind>.reply.silence}). */
public enum Silence {
    /** No reply = acceptance (e.g. AMMR Art 45(2), the EC–Albania agreement). */
    ACCEPTANCE("silence means acceptance: the request is accepted"),
    /** No reply = receipt of the notification confirmed (AMMR Art 41(4)). */
    CONFIRMATION("silence means confirmation: receipt of the notification is confirmed"),
    /** Silence has no legal consequence under the regime. */
    NOTHING("silence has no legal consequence under this regime: the officer follows it up");

    private final String consequence;

    Silence(String consequence) {
        this.consequence = consequence;
    }

    /** The consequence in plain words, shown with the deadline. */
    public String consequence() {
        return consequence;
    }

    public boolean accepts() {
        return this != NOTHING;
    }

    static Silence of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
