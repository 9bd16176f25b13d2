package org.asylon.returns.operation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One member of the escort team: the user name of an operations staff member, and their function.
 */
@Embeddable
public class Escort {

    @Column(name = "user_name", nullable = false)
    private String userName;

    @Enumerated(EnumType.STRING)
    @Column(name = "escort_function", nullable = false)
    private EscortFunction function;

    protected Escort() {}

    public Escort(String userName, EscortFunction function) {
        this.userName = userName;
        this.function = function;
    }

    public String userName() {
        return userName;
    }

    public EscortFunction function() {
        return function;
    }
}
