package org.asylon.rsd.appeal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Whether the appeal suspends removal, and the profile rule that says so (the flag of the
 * application's track, asylum.appeal.suspensive.&lt;track&gt;, or asylum.appeal.suspensive.regular;
 * see AppealRules).
 */
@Embeddable
public class Suspension {

    @Column(name = "suspensive")
    private Boolean suspensive;

    @Column(name = "suspensive_rule")
    private String rule;

    @Column(name = "suspensive_basis", length = 1000)
    private String basis;

    protected Suspension() {}

    public Suspension(boolean suspensive, String rule, String basis) {
        this.suspensive = suspensive;
        this.rule = rule;
        this.basis = basis;
    }

    public boolean suspensive() {
        return Boolean.TRUE.equals(suspensive);
    }

    public String rule() {
        return rule;
    }

    public String basis() {
        return basis;
    }
}
