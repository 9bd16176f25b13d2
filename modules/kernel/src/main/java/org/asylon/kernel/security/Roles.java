package org.asylon.kernel.security;

/**
 * The roles of the whole suite. A module restricts each endpoint to the roles whose work needs it;
 * a user holds the roles of their job. Names are lower-case with hyphens so that they read the same
 * in configuration files, identity providers and JWT {@code groups} claims.
 */
public final class Roles {

    /** Registers arrivals at a crossing point, reads documents, screens, decides entry outcomes. */
    public static final String BORDER_OFFICER = "border-officer";

    /** Border officer who also manages crossing points and reviews colleagues' work. */
    public static final String BORDER_SUPERVISOR = "border-supervisor";

    public static final String RECEPTION_OFFICER = "reception-officer";
    public static final String ELIGIBILITY_OFFICER = "eligibility-officer";
    public static final String RSD_SUPERVISOR = "rsd-supervisor";
    public static final String APPEAL_OFFICER = "appeal-officer";
    public static final String LEGAL_REPRESENTATIVE = "legal-representative";

    /** Staff of a place of detention: admits, places and records conditions; orders nothing. */
    public static final String DETENTION_OFFICER = "detention-officer";

    /**
     * The authority that orders, extends, reviews (administratively) and ends detention and
     * alternatives to it, and answers monitors' recommendations.
     */
    public static final String DETENTION_AUTHORITY = "detention-authority";

    /** Registers places of detention and their rooms, as measured. */
    public static final String FACILITY_MANAGER = "facility-manager";

    /** Records the judicial reviews of detention that a court concluded. */
    public static final String COURT_CLERK = "court-clerk";

    /** Independent detention monitor (national preventive mechanism, UNHCR). */
    public static final String MONITOR = "monitor";

    /**
     * Return case officer: opens return cases, issues return decisions, refers to assisted
     * voluntary return, records alternative migration outcomes and protection checks.
     */
    public static final String RETURN_OFFICER = "return-officer";

    /**
     * The authority that may override the non-refoulement gate where the profile allows it, with
     * its name and written reasons (return module).
     */
    public static final String RETURN_AUTHORITY = "return-authority";

    /**
     * Escort and operations staff of forced returns: travel documents, operations, execution steps.
     */
    public static final String RETURN_OPERATIONS = "return-operations";

    /**
     * The readmission desk (national Dublin unit or readmission desk): requests to and from partner
     * states, replies, evidence, protection assessments and the execution of transfers.
     */
    public static final String LIAISON_OFFICER = "liaison-officer";

    /**
     * The authority that decides transfers and registers the partner states the module talks to,
     * with their keys (readmission module).
     */
    public static final String READMISSION_AUTHORITY = "readmission-authority";

    /**
     * Another state's readmission system, signed in with its own key (never a person): sees only
     * the requests between the two states.
     */
    public static final String PARTNER_STATE = "partner-state";

    public static final String PARTNER = "partner";

    /** Reads the audit trail and verifies its chain; changes nothing. */
    public static final String AUDITOR = "auditor";

    /**
     * Runs training exercises: trainee accounts, loading, scores and reports (training instances
     * only).
     */
    public static final String TRAINER = "trainer";

    /**
     * A trainee's own account in a training instance, beside the officer roles of the exercise:
     * reads their own feedback, nothing else of the training module.
     */
    public static final String TRAINEE = "trainee";

    /** Plans the state's adoption of the suite: capacity self-assessment, rule books. */
    public static final String PLANNER = "planner";

    /** Another module (or a state's own system) following this module's event feed. */
    public static final String FEED_READER = "feed-reader";

    public static final String[] ALL = {
        BORDER_OFFICER,
        BORDER_SUPERVISOR,
        RECEPTION_OFFICER,
        ELIGIBILITY_OFFICER,
        RSD_SUPERVISOR,
        APPEAL_OFFICER,
        LEGAL_REPRESENTATIVE,
        DETENTION_OFFICER,
        DETENTION_AUTHORITY,
        FACILITY_MANAGER,
        COURT_CLERK,
        MONITOR,
        RETURN_OFFICER,
        RETURN_AUTHORITY,
        RETURN_OPERATIONS,
        LIAISON_OFFICER,
        READMISSION_AUTHORITY,
        PARTNER_STATE,
        PARTNER,
        AUDITOR,
        TRAINER,
        TRAINEE,
        PLANNER,
        FEED_READER
    };

    private Roles() {}
}
