package org.asylon.detention.person.entity;

/**
 * Where the person stands on protection, as far as detention must know: it decides which grounds of
 * the profile are lawful (RCD Art 10(1): an applicant is detained only on the listed grounds) and
 * whether the person may be detained under this module at all.
 */
public enum ProtectionState {
    /** Never asked for protection, as far as the module knows. */
    NONE,
    /** A claim for protection, or an appeal with suspensive effect, is pending. */
    APPLICANT,
    /** The claim ended without protection, or an appeal without suspensive effect is pending. */
    NOT_PENDING,
    /** Protection was granted. */
    PROTECTED;

    /**
     * How much protection the state stands for: NONE, NOT_PENDING (a claim was made and ended),
     * APPLICANT, PROTECTED. The desk never lowers a state RSD or the border reported.
     */
    public int level() {
        return switch (this) {
            case NONE -> 0;
            case NOT_PENDING -> 1;
            case APPLICANT -> 2;
            case PROTECTED -> 3;
        };
    }
}
