package org.asylon.detention.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An alternative to detention the authority considered, and why it would not work. */
@Embeddable
public class AlternativeConsidered {

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "why_insufficient", nullable = false)
    private String whyInsufficient;

    protected AlternativeConsidered() {}

    public AlternativeConsidered(String code, String whyInsufficient) {
        this.code = code;
        this.whyInsufficient = whyInsufficient;
    }

    public String code() {
        return code;
    }

    public String whyInsufficient() {
        return whyInsufficient;
    }
}
