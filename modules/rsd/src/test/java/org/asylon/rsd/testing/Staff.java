package org.asylon.rsd.testing;

import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** The RSD staff of the tests, named as the kernel's demo users, with their roles. */
public final class Staff {

    /** The eligibility officer assigned to the file. */
    public static final String OFFICER = "eligibility.officer";

    /** The second officer named on the file for four-eyes review. */
    public static final String REVIEWER = "eligibility.officer2";

    public static final String SUPERVISOR = "rsd.supervisor";
    public static final String APPEAL_OFFICER = "appeal.officer";

    /** An officer with both the eligibility and the appeal officer's role. */
    public static final String SENIOR = "senior.officer";

    public static final String REPRESENTATIVE = "legal.representative";
    public static final String CLERK = "clerk";

    private Staff() {}

    /**
     * A caller with the demo user's roles (kernel demo-users.properties); any other name is an
     * eligibility officer.
     */
    public static Caller caller(String name) {
        return switch (name) {
            case SUPERVISOR ->
                    Caller.withRoles(name, Roles.RSD_SUPERVISOR, Roles.ELIGIBILITY_OFFICER);
            case APPEAL_OFFICER -> Caller.withRoles(name, Roles.APPEAL_OFFICER);
            case SENIOR -> Caller.withRoles(name, Roles.ELIGIBILITY_OFFICER, Roles.APPEAL_OFFICER);
            case REPRESENTATIVE -> Caller.withRoles(name, Roles.LEGAL_REPRESENTATIVE);
            default -> Caller.withRoles(name, Roles.ELIGIBILITY_OFFICER);
        };
    }

    /** A caller with exactly {@code roles}. */
    public static Caller caller(String name, String... roles) {
        return Caller.withRoles(name, roles);
    }
}
