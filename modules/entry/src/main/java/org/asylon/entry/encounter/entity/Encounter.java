package org.asylon.entry.encounter.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.asylon.entry.person.entity.PartialDate;
import org.asylon.entry.watchlist.WatchlistResult;
import org.asylon.kernel.problem.FieldError;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * One person met by border officials: the aggregate root of border entry. It guards the rules that
 * protect the person whoever calls it: once protection has been asked for, or the person is an
 * unaccompanied child, entry cannot be refused (non-refoulement: 1951 Convention Art 33, or the
 * basis the active profile names); a refusal must cite a ground the state's law provides; a child
 * is handed to detention only as the profile allows. A refusal or handover decided before the facts
 * that forbid it is suspended, is checked again when it is carried out, and only a supervisor's
 * revision with written reasons replaces it.
 */
@Entity
@Table(name = "encounter")
public class Encounter {

    /**
     * The words recorded when a referral to the asylum procedure is the first record of the wish.
     */
    public static final String REQUEST_IMPLIED_BY_REFERRAL =
            "recorded with the referral to the asylum procedure";

    @Id private String id;

    @Version private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EncounterKind kind;

    @Column(name = "crossing_point_id")
    private String crossingPointId;

    @Column(name = "location_description", length = 500)
    private String locationDescription;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "held_at_border_since")
    private Instant heldAtBorderSince;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "group_id")
    private String groupId;

    @Column(name = "group_role")
    private String groupRole;

    @Embedded private PersonDetails person;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "encounter_nationality",
            joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", nullable = false)
    private List<String> nationalities = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "encounter_language", joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", nullable = false)
    private List<String> languages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "encounter_document", joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderColumn(name = "position")
    private List<TravelDocument> documents = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "encounter_specific_need",
            joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderColumn(name = "position")
    private List<SpecificNeed> specificNeeds = new ArrayList<>();

    @Column(name = "unaccompanied_child", nullable = false)
    private boolean unaccompaniedChild;

    @Column(name = "protection_requested_at")
    private Instant protectionRequestedAt;

    /** How the person expressed the wish, in their words or the officer's description. */
    @Column(name = "protection_request_words", length = 2000)
    private String protectionRequestWords;

    /** The latest time the person asked again; the first request's time is kept. */
    @Column(name = "protection_renewed_at")
    private Instant protectionRenewedAt;

    @Column(name = "protection_renewal_words", length = 2000)
    private String protectionRenewalWords;

    @Column(name = "protection_renewals", nullable = false)
    private int protectionRenewals;

    @Embedded private WatchlistResult watchlist;

    @Embedded private Screening screening;

    @Embedded private Outcome outcome;

    protected Encounter() {}

    public Encounter(
            EncounterKind kind,
            String crossingPointId,
            String locationDescription,
            Instant occurredAt,
            Instant heldAtBorderSince,
            PersonDetails person,
            List<String> nationalities,
            List<String> languages,
            List<TravelDocument> documents,
            boolean unaccompaniedChild,
            String registeredBy,
            Instant registeredAt) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.crossingPointId = crossingPointId;
        this.locationDescription = locationDescription;
        this.occurredAt = occurredAt;
        this.heldAtBorderSince = heldAtBorderSince;
        this.person = person;
        this.nationalities.addAll(nationalities);
        this.languages.addAll(languages);
        this.documents.addAll(documents);
        this.unaccompaniedChild = unaccompaniedChild;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    public void joinGroup(String group, String role) {
        this.groupId = group;
        this.groupRole = role;
    }

    /**
     * Records the wish to seek protection. It can be expressed in any words and at any moment of
     * the encounter; it cannot be withdrawn here (a withdrawal belongs to the asylum procedure). A
     * further request is recorded as a renewal, keeping the time of the first. A refusal of entry
     * decided before and not yet carried out is suspended: it can no longer be carried out
     * (non-refoulement).
     *
     * @param at when the person expressed the wish
     * @return true for the first request, false for a renewal
     */
    public boolean requestProtection(String words, Instant at, EntryRules rules) {
        boolean first = protectionRequestedAt == null;
        if (first) {
            this.protectionRequestedAt = at;
            this.protectionRequestWords = words;
        } else {
            this.protectionRenewedAt = at;
            this.protectionRenewalWords = words;
            this.protectionRenewals++;
        }
        suspendIfForbidden(rules, at);
        return first;
    }

    /**
     * Notes a specific need. Noting an unaccompanied or separated child (SC or a sub-code) makes
     * the person an unaccompanied child, which suspends a refusal of entry or a handover to
     * detention decided before.
     */
    public void noteSpecificNeed(SpecificNeed need, EntryRules rules) {
        specificNeeds.add(need);
        if (SpecificNeed.CHILD_ALONE.equals(need.group())) {
            unaccompaniedChild = true;
        }
        suspendIfForbidden(rules, need.notedAt());
    }

    /**
     * Whether the person is to be treated as a child on the day of {@code at}: marked so, noted as
     * a child with specific needs, or possibly younger than the profile's age of majority by the
     * stated or estimated date of birth. Where the date leaves it open (a year alone, an estimate),
     * the person has the benefit of the doubt until an age assessment gives a date that excludes
     * it.
     */
    public boolean couldBeChild(EntryRules rules, Instant at) {
        if (unaccompaniedChild
                || specificNeeds.stream()
                        .anyMatch(
                                n ->
                                        SpecificNeed.CHILD_AT_RISK.equals(n.group())
                                                || SpecificNeed.CHILD_ALONE.equals(n.group()))) {
            return true;
        }
        PartialDate birth = person == null ? null : person.dateOfBirth();
        return birth != null
                && birth.year() != null
                && birth.couldBeYoungerThan(rules.ageOfMajority(), rules.day(at));
    }

    /**
     * A child with no adult of their family present is unaccompanied, whatever the checkbox said.
     * Who is present is known to the registration: a member of the same family group who is not a
     * child.
     */
    public void assessAccompaniment(boolean adultOfFamilyPresent, EntryRules rules, Instant at) {
        if (!adultOfFamilyPresent && couldBeChild(rules, at)) {
            unaccompaniedChild = true;
        }
    }

    public void recordWatchlistCheck(WatchlistResult result) {
        this.watchlist = result;
    }

    public void startScreening(Screening started) {
        this.screening = started;
    }

    public void recordScreening(ScreeningForm form, String by, Instant at) {
        if (screening == null) {
            throw ProblemException.ruleViolated(
                    EntryRules.SCREENING_APPLIES,
                    null,
                    "Screening does not apply to this encounter under the active legal profile.");
        }
        if (screening.completedAt() != null) {
            throw ProblemException.ruleViolated(
                    EntryRules.SCREENING_COMPLETED,
                    null,
                    "The screening form was completed on "
                            + screening.completedAt()
                            + " and can no longer be changed.");
        }
        screening.record(form, by, at);
    }

    /**
     * Decides the outcome, once. A refusal of entry is refused for a person who asked for
     * protection or an unaccompanied child, and must cite a ground of the active legal profile; a
     * child is handed to detention only as the profile allows ({@value
     * EntryRules#CHILD_DETENTION}). A referral to the asylum procedure records the wish to seek
     * protection if it was not recorded before, so that the asylum procedure receives the person.
     */
    public void decideOutcome(
            OutcomeKind decided,
            String refusalGround,
            String note,
            String detentionReasons,
            String by,
            Instant at,
            EntryRules rules) {
        if (outcome() != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "An outcome ("
                            + outcome.kind()
                            + ") was already decided on "
                            + outcome.decidedAt()
                            + ". A border supervisor may revise it, with written reasons.");
        }
        this.outcome = checked(decided, refusalGround, note, detentionReasons, by, at, rules);
    }

    /**
     * A supervisor's revision of an outcome not yet carried out, with written reasons: the way out
     * of a suspended refusal. The revised outcome is checked by the same rules as a decision.
     */
    public void reviseOutcome(
            OutcomeKind revised,
            String refusalGround,
            String note,
            String detentionReasons,
            String reasons,
            String by,
            Instant at,
            EntryRules rules) {
        Outcome current = outcome();
        if (current == null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "No outcome has been decided yet: decide it, there is " + "nothing to revise.");
        }
        if (current.executedAt() != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The outcome ("
                            + current.kind()
                            + ") was carried out on "
                            + current.executedAt()
                            + " and can no longer be revised.");
        }
        if (reasons == null || reasons.isBlank()) {
            throw ProblemException.invalidField(
                    "reasons", "give the written reasons for revising the outcome");
        }
        Outcome next = checked(revised, refusalGround, note, detentionReasons, by, at, rules);
        next.revises(current.kind(), reasons);
        this.outcome = next;
    }

    /**
     * Records that a refusal of entry or a handover to detention was carried out. The rules are
     * checked again at this moment, not only when the outcome was decided: a suspended outcome, or
     * one the rules now forbid, is not carried out.
     */
    public void executeOutcome(String by, Instant at, EntryRules rules) {
        Outcome current = outcome();
        if (current == null) {
            throw new ProblemException(ProblemType.CONFLICT, "No outcome has been decided yet.");
        }
        if (!current.kind().carriedOutAtTheBorder()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The outcome "
                            + current.kind()
                            + " is not carried out "
                            + "at the border; only a refusal of entry or a handover to detention is.");
        }
        if (current.executedAt() != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The outcome ("
                            + current.kind()
                            + ") was already carried "
                            + "out on "
                            + current.executedAt()
                            + ".");
        }
        if (current.suspendedAt() != null) {
            throw ProblemException.ruleViolated(
                    current.suspensionRule(),
                    current.suspensionBasis(),
                    current.suspensionDetail());
        }
        Objection objection = objection(current.kind(), current.detentionReasons(), rules, at);
        if (objection != null) {
            throw objection.problem();
        }
        current.execute(by, at);
    }

    private Outcome checked(
            OutcomeKind decided,
            String refusalGround,
            String note,
            String detentionReasons,
            String by,
            Instant at,
            EntryRules rules) {
        Objection objection = objection(decided, detentionReasons, rules, at);
        if (objection != null) {
            throw objection.problem();
        }
        String basis = null;
        if (decided == OutcomeKind.REFUSED_ENTRY) {
            if (refusalGround == null || refusalGround.isBlank()) {
                throw ProblemException.invalidField(
                        "refusalGround",
                        "a refusal of entry must name its legal ground; allowed: "
                                + String.join(", ", rules.refusalGrounds().keySet()));
            }
            basis = rules.refusalGrounds().get(refusalGround);
            if (basis == null) {
                throw ProblemException.invalidField(
                        "refusalGround",
                        "'"
                                + refusalGround
                                + "' is not a refusal ground of the active legal profile; allowed: "
                                + String.join(", ", rules.refusalGrounds().keySet()));
            }
        } else if (refusalGround != null && !refusalGround.isBlank()) {
            throw ProblemException.invalidField(
                    "refusalGround", "only a refusal of entry has a refusal ground");
        }
        if (detentionReasons != null
                && !detentionReasons.isBlank()
                && decided != OutcomeKind.HANDED_TO_DETENTION) {
            throw ProblemException.invalidField(
                    "detentionReasons", "only a handover to detention records detention reasons");
        }
        if (decided == OutcomeKind.REFERRED_TO_ASYLUM_PROCEDURE && protectionRequestedAt == null) {
            this.protectionRequestedAt = at;
            this.protectionRequestWords = REQUEST_IMPLIED_BY_REFERRAL;
        }
        return new Outcome(
                decided,
                refusalGround,
                basis,
                note,
                detentionReasons == null || detentionReasons.isBlank() ? null : detentionReasons,
                by,
                at);
    }

    /** What the rules hold against this outcome for this person at {@code at}; null if nothing. */
    private Objection objection(
            OutcomeKind kind, String detentionReasons, EntryRules rules, Instant at) {
        if (kind == OutcomeKind.REFUSED_ENTRY && protectionRequestedAt != null) {
            return new Objection(
                    EntryRules.NON_REFOULEMENT,
                    rules.nonRefoulementBasis(),
                    null,
                    "Entry cannot be refused: this person asked for protection on "
                            + protectionRequestedAt
                            + ". Refer them to the asylum procedure instead.");
        }
        if (kind == OutcomeKind.REFUSED_ENTRY && unaccompaniedChild) {
            return new Objection(
                    EntryRules.UNACCOMPANIED_CHILD,
                    rules.nonRefoulementBasis(),
                    null,
                    "Entry cannot be refused to an unaccompanied child. Refer the child to child protection.");
        }
        if (kind == OutcomeKind.HANDED_TO_DETENTION && couldBeChild(rules, at)) {
            if (rules.childDetention() == EntryRules.ChildDetention.NEVER) {
                return new Objection(
                        EntryRules.CHILD_DETENTION,
                        rules.childDetentionBasis(),
                        null,
                        "A child cannot be handed to detention under the active legal profile. Refer the child to "
                                + "child protection or reception.");
            }
            if (detentionReasons == null || detentionReasons.isBlank()) {
                return new Objection(
                        EntryRules.CHILD_DETENTION,
                        rules.childDetentionBasis(),
                        "detentionReasons",
                        "A child may be detained only exceptionally, as a last resort: record why alternatives to "
                                + "detention cannot work and why detention is in the child's best interests.");
            }
        }
        return null;
    }

    /** Suspends an outcome not yet carried out that the rules now forbid. */
    private void suspendIfForbidden(EntryRules rules, Instant at) {
        Outcome current = outcome();
        if (current == null || current.status() != OutcomeStatus.DECIDED) {
            return;
        }
        Instant when = at.isBefore(current.decidedAt()) ? current.decidedAt() : at;
        Objection objection = objection(current.kind(), current.detentionReasons(), rules, when);
        if (objection != null) {
            current.suspend(
                    objection.rule(),
                    objection.basis(),
                    "The outcome "
                            + current.kind()
                            + " decided on "
                            + current.decidedAt()
                            + " cannot be carried out: "
                            + objection.detail()
                            + " A border supervisor must revise it, with written reasons.",
                    when);
        }
    }

    /**
     * A rule that forbids an outcome, with its legal basis and, where a field would cure it, the
     * field.
     */
    private record Objection(String rule, String basis, String field, String detail) {

        ProblemException problem() {
            Map<String, Object> extensions =
                    basis == null
                            ? Map.of("rule", rule)
                            : Map.of("rule", rule, "legalBasis", basis);
            return new ProblemException(
                    ProblemType.RULE_VIOLATED,
                    detail,
                    field == null ? List.of() : List.of(new FieldError(field, detail)),
                    extensions);
        }
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public EncounterKind kind() {
        return kind;
    }

    public String crossingPointId() {
        return crossingPointId;
    }

    public String locationDescription() {
        return locationDescription;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant heldAtBorderSince() {
        return heldAtBorderSince;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public String groupId() {
        return groupId;
    }

    public String groupRole() {
        return groupRole;
    }

    public PersonDetails person() {
        return person;
    }

    public List<String> nationalities() {
        return List.copyOf(nationalities);
    }

    public List<String> languages() {
        return List.copyOf(languages);
    }

    public List<TravelDocument> documents() {
        return List.copyOf(documents);
    }

    public List<SpecificNeed> specificNeeds() {
        return List.copyOf(specificNeeds);
    }

    public boolean unaccompaniedChild() {
        return unaccompaniedChild;
    }

    public Instant protectionRequestedAt() {
        return protectionRequestedAt;
    }

    public String protectionRequestWords() {
        return protectionRequestWords;
    }

    public boolean protectionRequested() {
        return protectionRequestedAt != null;
    }

    public Instant protectionRenewedAt() {
        return protectionRenewedAt;
    }

    public String protectionRenewalWords() {
        return protectionRenewalWords;
    }

    /** How many times the person asked again after the first request. */
    public int protectionRenewals() {
        return protectionRenewals;
    }

    /**
     * Whether a decided outcome is suspended: it cannot be carried out until a supervisor revises
     * it.
     */
    public boolean outcomeSuspended() {
        return outcome() != null && outcome.status() == OutcomeStatus.SUSPENDED;
    }

    public WatchlistResult watchlist() {
        return watchlist;
    }

    public Screening screening() {
        return screening;
    }

    public Outcome outcome() {
        return outcome == null || outcome.kind() == null ? null : outcome;
    }
}
