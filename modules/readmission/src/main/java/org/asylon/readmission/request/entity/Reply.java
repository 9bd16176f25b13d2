package org.asylon.readmission.request.entity;

/** The requested state's express answer. */
public enum Reply {
    ACCEPTED,
    /** Receipt of a take-back notification confirmed (AMMR Art 41(3)). */
    CONFIRMED,
    REFUSED
}
