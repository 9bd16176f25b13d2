package org.asylon.rsd.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The legal basis of a grant of protection: an item of a profile list (asylum.refugee-definitions
 * or asylum.complementary-protection.bases), copied with its basis text and status as they stood
 * when the decision was taken.
 */
@Embeddable
public class LegalBasis {

    /** The item code, e.g. convention-1951, oau-1969, eu-subsidiary-protection. */
    @Column(name = "legal_basis")
    private String code;

    /** The profile rule the code belongs to. */
    @Column(name = "legal_basis_rule")
    private String rule;

    @Column(name = "legal_basis_text", length = 1000)
    private String text;

    @Column(name = "legal_basis_status")
    private String status;

    protected LegalBasis() {}

    public LegalBasis(String code, String rule, String text, String status) {
        this.code = code;
        this.rule = rule;
        this.text = text;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public String rule() {
        return rule;
    }

    public String text() {
        return text;
    }

    public String status() {
        return status;
    }
}
