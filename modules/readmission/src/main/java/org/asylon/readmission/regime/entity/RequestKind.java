package org.asylon.readmission.regime.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of request the module understands; a regime lists those it has ({@code
 * regime.request-kinds}) and gives each its own time limits and meaning of silence ({@code
 * regime.<code>.…}).
 */
public enum RequestKind {
    /** Take charge of an applicant (AMMR, Dublin III). */
    TAKE_CHARGE("take-charge"),
    /** Take back a person (Dublin III); the requested state accepts or refuses. */
    TAKE_BACK_REQUEST("take-back-request"),
    /** Take back a person (AMMR Art 41); the notified state confirms receipt. */
    TAKE_BACK_NOTIFICATION("take-back-notification"),
    /** Readmit a person under a readmission agreement. */
    READMISSION_APPLICATION("readmission-application");

    private final String code;

    RequestKind(String code) {
        this.code = code;
    }

    /** The code used in the regime's rule names and in messages between the states. */
    public String code() {
        return code;
    }

    /** Whether the requested state's express answer is a confirmation rather than an acceptance. */
    public boolean confirmed() {
        return this == TAKE_BACK_NOTIFICATION;
    }

    public static Optional<RequestKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
