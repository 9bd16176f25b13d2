package org.asylon.detention.monitoring.entity;

/**
 * The monitor's file is kept as recorded. Only a monitor adds to it; nobody, a monitor included,
 * rewrites or deletes a visit, an interview, a finding or a recommendation: a correction is an
 * amendment beside the original. The detention authority cannot touch it at all, which is what the
 * monitor's functional independence (OPCAT Art 18) means for a database; and the file of
 * observations, recommendations and responses is what the follow-up works from (SPT guidance
 * CAT/OP/1/Rev.1 para 45).
 */
public final class RecordsKept {

    public static final String RULE = "monitoring.records-kept";

    public static final String BASIS =
            "OPCAT Art 18 (functional independence of the national preventive mechanism); SPT"
                    + " guidance CAT/OP/1/Rev.1 para 45 (observations, recommendations and responses"
                    + " filed for follow-up)";

    /** Who may read the monitor's file (OPCAT Art 20(d): interviews without witnesses). */
    public static final String PRIVATE_BASIS =
            "OPCAT Art 20(d) (private interviews without witnesses); Art 18 (functional"
                    + " independence)";

    private RecordsKept() {}
}
