package org.asylon.reception.arrival.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.asylon.kernel.code.SpecificNeeds;
import org.asylon.kernel.problem.ProblemException;

/**
 * A person received by reception: the aggregate root of the module. It holds the invariant that
 * profiling is not status determination (10-Point Plan, point 5): whoever has expressed a wish to
 * seek asylum — at the border or here — is referred to the asylum procedure, that referral is made
 * the moment the wish is known, and no later referral decision can leave it out.
 */
@Entity
@Table(name = "arrival")
public class Arrival {

    static final String ASYLUM_RULE = "reception.asylum-referral";

    /**
     * The specific-needs code of a (possible) victim of trafficking (a placeholder sub-code,
     * unconfirmed).
     */
    public static final String TRAFFICKING_NEED = "LP-TP";

    /** The specific-needs category of an unaccompanied or separated child. */
    public static final String CHILD_ALONE_CATEGORY = "SC";

    /** The room for the joined codes (migration V8). */
    static final int SPECIFIC_NEEDS_LENGTH = 4000;

    static final String ASYLUM_BASIS =
            "UNHCR, Refugee Protection and Mixed Migration: a 10-Point Plan of Action (2007), point 5";

    @Id private String id;

    @Version private long version;

    /**
     * The border encounter this arrival came from, if any (entry module); at most one arrival each.
     */
    @Column(name = "source_encounter_id", unique = true)
    private String sourceEncounterId;

    @Column(name = "surname")
    private String surname;

    @Column(name = "given_names")
    private String givenNames;

    @Column(name = "original_script_name")
    private String originalScriptName;

    /** YYYY, YYYY-MM or YYYY-MM-DD, as known. */
    @Column(name = "date_of_birth")
    private String dateOfBirth;

    /** The date of birth is an official's estimate, not a stated or documented fact. */
    @Column(name = "date_of_birth_estimated", nullable = false)
    private boolean dateOfBirthEstimated;

    @Column(name = "sex")
    private String sex;

    @Column(name = "nationalities")
    private String nationalities;

    @Column(name = "languages")
    private String languages;

    @Column(name = "unaccompanied_child", nullable = false)
    private boolean unaccompaniedChild;

    @Column(name = "specific_needs", length = SPECIFIC_NEEDS_LENGTH)
    private String specificNeeds;

    @Column(name = "asylum_requested_at")
    private Instant asylumRequestedAt;

    @Column(name = "asylum_requested_where")
    private String asylumRequestedWhere;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "arrival_referral", joinColumns = @JoinColumn(name = "arrival_id"))
    @OrderColumn(name = "position")
    private List<Referral> referrals = new ArrayList<>();

    protected Arrival() {}

    public Arrival(
            String sourceEncounterId,
            String surname,
            String givenNames,
            String originalScriptName,
            String dateOfBirth,
            String sex,
            List<String> nationalities,
            List<String> languages,
            boolean unaccompaniedChild,
            String registeredBy,
            Instant registeredAt) {
        this(
                sourceEncounterId,
                surname,
                givenNames,
                originalScriptName,
                dateOfBirth,
                false,
                sex,
                nationalities,
                languages,
                unaccompaniedChild,
                registeredBy,
                registeredAt);
    }

    /**
     * @param dateOfBirthEstimated the date of birth is an estimate (it then gives the benefit of
     *     the doubt)
     * @throws ProblemException naming {@code dateOfBirthEstimated} for an estimate without a date
     */
    public Arrival(
            String sourceEncounterId,
            String surname,
            String givenNames,
            String originalScriptName,
            String dateOfBirth,
            boolean dateOfBirthEstimated,
            String sex,
            List<String> nationalities,
            List<String> languages,
            boolean unaccompaniedChild,
            String registeredBy,
            Instant registeredAt) {
        if (dateOfBirthEstimated && (dateOfBirth == null || dateOfBirth.isBlank())) {
            throw ProblemException.invalidField(
                    "dateOfBirthEstimated", "give the estimated dateOfBirth");
        }
        this.dateOfBirthEstimated = dateOfBirthEstimated;
        this.id = UUID.randomUUID().toString();
        this.sourceEncounterId = sourceEncounterId;
        this.surname = surname;
        this.givenNames = givenNames;
        this.originalScriptName = originalScriptName;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
        this.nationalities = String.join(",", nationalities);
        this.languages = String.join(",", languages);
        this.unaccompaniedChild = unaccompaniedChild;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /**
     * Records the wish to seek asylum and, at once, the referral to the asylum procedure.
     *
     * @return the referral made, or null if the wish was already known
     */
    public Referral requestAsylum(String where, Instant at, String by) {
        if (asylumRequestedAt != null) {
            return null;
        }
        asylumRequestedAt = at;
        asylumRequestedWhere = where;
        return refer(
                Channel.ASYLUM_PROCEDURE, "wish to seek asylum expressed (" + where + ")", by, at);
    }

    /**
     * The person asks for asylum again, e.g. after their claim was withdrawn (which RSD knows, not
     * reception): a new referral to the asylum procedure, decided at {@code at}, which RSD turns
     * into a reopened claim or a subsequent application as its profile says, or ignores while the
     * claim is pending. The time of the first wish is kept: it is the one the suite counts from.
     */
    public Referral renewAsylumRequest(String where, Instant at, String by) {
        if (asylumRequestedAt == null) {
            return requestAsylum(where, at, by);
        }
        return refer(
                Channel.ASYLUM_PROCEDURE,
                "wish to seek asylum expressed again (" + where + ")",
                by,
                at);
    }

    /**
     * Adds needs to those known (each once), as codes of the suite's code set (kernel {@code
     * SpecificNeeds}); a code the modules used before is taken as its code. Any code of the
     * category SC makes the person an unaccompanied child.
     *
     * @throws ProblemException naming {@code specificNeeds[i]} for a code not in the set
     */
    public void noteSpecificNeeds(List<String> codes) {
        java.util.Set<String> all = new java.util.TreeSet<>(specificNeeds());
        List<String> coded = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String given = codes.get(i);
            String field = "specificNeeds[" + i + "]";
            coded.add(
                    SpecificNeeds.resolve(given)
                            .map(SpecificNeeds.Need::code)
                            .orElseThrow(
                                    () ->
                                            ProblemException.invalidField(
                                                    field,
                                                    "'"
                                                            + given
                                                            + "' is not a specific-needs code: a category (SC,"
                                                            + " CR, WR, SP, ER, DS, SM, TR, SV, FU, LP), one of its sub-codes (e.g. SC-UC) or OTHER")));
        }
        all.addAll(coded);
        specificNeeds =
                String.join(
                        ",", all); // the set's codes together fit the column (SpecificNeedsTest)
        if (coded.stream()
                .anyMatch(c -> CHILD_ALONE_CATEGORY.equals(SpecificNeeds.categoryOf(c)))) {
            unaccompaniedChild = true;
        }
    }

    /**
     * An officer's referral decision after counselling. It may add channels; it may not leave out
     * the asylum procedure for a person who asked for asylum, whatever their profile suggests.
     *
     * @return the referrals newly made
     */
    public List<Referral> decideReferrals(
            Set<Channel> channels, String reason, String by, Instant at) {
        if (asylumRequestedAt != null && !channels.contains(Channel.ASYLUM_PROCEDURE)) {
            throw ProblemException.ruleViolated(
                    ASYLUM_RULE,
                    ASYLUM_BASIS,
                    "This person asked for asylum on "
                            + asylumRequestedAt
                            + ": the referral to the asylum procedure "
                            + "stays whatever else is decided. Include ASYLUM_PROCEDURE in the channels.");
        }
        List<Referral> made = new ArrayList<>();
        for (Channel channel : channels) {
            if (referredTo(channel)) {
                continue;
            }
            made.add(refer(channel, reason, by, at));
        }
        return made;
    }

    /**
     * A referral decided elsewhere — the border's outcome referring the person to child protection
     * — taken over as it is. Adds nothing if the person is already referred to the channel.
     *
     * @return the referral made, or null if it existed
     */
    public Referral referAsDecided(Channel channel, String reason, String by, Instant at) {
        return referredTo(channel) ? null : refer(channel, reason, by, at);
    }

    private Referral refer(Channel channel, String reason, String by, Instant at) {
        Referral referral = new Referral(channel, reason, by, at);
        referrals.add(referral);
        return referral;
    }

    public boolean referredTo(Channel channel) {
        return referrals.stream().anyMatch(r -> r.channel() == channel);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String sourceEncounterId() {
        return sourceEncounterId;
    }

    public String surname() {
        return surname;
    }

    public String givenNames() {
        return givenNames;
    }

    public String originalScriptName() {
        return originalScriptName;
    }

    public String dateOfBirth() {
        return dateOfBirth;
    }

    public boolean dateOfBirthEstimated() {
        return dateOfBirthEstimated;
    }

    public String sex() {
        return sex;
    }

    public List<String> nationalities() {
        return split(nationalities);
    }

    public List<String> languages() {
        return split(languages);
    }

    /**
     * The codes of the suite's set; one recorded before the set (e.g. FAMILY_UNITY) is read as its
     * code.
     */
    public List<String> specificNeeds() {
        return split(specificNeeds).stream()
                .map(c -> SpecificNeeds.resolve(c).map(SpecificNeeds.Need::code).orElse(c))
                .distinct()
                .toList();
    }

    public boolean unaccompaniedChild() {
        return unaccompaniedChild;
    }

    public Instant asylumRequestedAt() {
        return asylumRequestedAt;
    }

    public String asylumRequestedWhere() {
        return asylumRequestedWhere;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public List<Referral> referrals() {
        return List.copyOf(referrals);
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split(","));
    }
}
