package org.asylon.readmission.request.entity;

/** Where a request stands, on either side. */
public enum RequestState {
    /** Outgoing, being prepared: evidence may still be added. */
    DRAFT,
    /** Sent (outgoing) or received (incoming); the reply period runs from the partner's receipt. */
    AWAITING_REPLY,
    /** Accepted, or its notification confirmed, by an express reply. */
    ACCEPTED,
    /** The reply period passed in silence and the regime says silence means acceptance. */
    TACITLY_ACCEPTED,
    /** Refused with reasons; the requesting state may ask for a re-examination. */
    REFUSED,
    /** The requesting state asked the requested state to re-examine its refusal. */
    RE_EXAMINATION,
    /**
     * A re-examination went unanswered and the regime makes the requesting state responsible
     * (Dublin III, CJEU C-47/17 and C-48/17).
     */
    CLOSED,
    /** The requesting state withdrew the request. */
    WITHDRAWN;

    public boolean accepted() {
        return this == ACCEPTED || this == TACITLY_ACCEPTED;
    }
}
