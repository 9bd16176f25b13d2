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
import java.util.UUID;
import org.asylon.entry.watchlist.WatchlistResult;
import org.asylon.kernel.problem.ProblemException;

/**
 * One person met by border officials: the aggregate root of border entry. It guards the rules that
 * protect the person whoever calls it: once protection has been asked for, or the person is an
 * unaccompanied child, entry cannot be refused (non-refoulement: 1951 Convention Art 33, or the
 * basis the active profile names); a refusal must cite a ground the state's law provides.
 */
@Entity
@Table(name = "encounter")
public class Encounter {

    @Id
    private String id;

    @Version
    private long version;

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

    @Embedded
    private PersonDetails person;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "encounter_nationality", joinColumns = @JoinColumn(name = "encounter_id"))
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
    @CollectionTable(name = "encounter_specific_need", joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderColumn(name = "position")
    private List<SpecificNeed> specificNeeds = new ArrayList<>();

    @Column(name = "unaccompanied_child", nullable = false)
    private boolean unaccompaniedChild;

    @Column(name = "protection_requested_at")
    private Instant protectionRequestedAt;

    /** How the person expressed the wish, in their words or the officer's description. */
    @Column(name = "protection_request_words", length = 2000)
    private String protectionRequestWords;

    @Embedded
    private WatchlistResult watchlist;

    @Embedded
    private Screening screening;

    @Embedded
    private Outcome outcome;

    protected Encounter() {
    }

    public Encounter(EncounterKind kind, String crossingPointId, String locationDescription, Instant occurredAt,
            Instant heldAtBorderSince, PersonDetails person, List<String> nationalities, List<String> languages,
            List<TravelDocument> documents, boolean unaccompaniedChild, String registeredBy, Instant registeredAt) {
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
     * the encounter; it cannot be withdrawn here (a withdrawal belongs to the asylum procedure).
     *
     * @return false when protection had already been requested (nothing changes)
     */
    public boolean requestProtection(String words, Instant at) {
        if (protectionRequestedAt != null) {
            return false;
        }
        this.protectionRequestedAt = at;
        this.protectionRequestWords = words;
        return true;
    }

    public void noteSpecificNeed(SpecificNeed need) {
        specificNeeds.add(need);
        if (need.category() == SpecificNeedCategory.UNACCOMPANIED_OR_SEPARATED_CHILD) {
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
            throw ProblemException.ruleViolated(EntryRules.SCREENING_APPLIES, null,
                    "Screening does not apply to this encounter under the active legal profile.");
        }
        if (screening.completedAt() != null) {
            throw ProblemException.ruleViolated(EntryRules.SCREENING_COMPLETED, null,
                    "The screening form was completed on " + screening.completedAt() + " and can no longer be changed.");
        }
        screening.record(form, by, at);
    }

    /**
     * Decides the outcome. A refusal of entry is refused for a person who asked for protection or
     * an unaccompanied child, and must cite a ground of the active legal profile.
     */
    public void decideOutcome(OutcomeKind decided, String refusalGround, String note, String by, Instant at,
            EntryRules rules) {
        if (outcome != null && outcome.kind() != null) {
            throw new ProblemException(org.asylon.kernel.problem.ProblemType.CONFLICT,
                    "An outcome (" + outcome.kind() + ") was already decided on " + outcome.decidedAt() + ".");
        }
        String basis = null;
        if (decided == OutcomeKind.REFUSED_ENTRY) {
            if (protectionRequestedAt != null) {
                throw ProblemException.ruleViolated(EntryRules.NON_REFOULEMENT, rules.nonRefoulementBasis(),
                        "Entry cannot be refused: this person asked for protection on " + protectionRequestedAt
                                + ". Refer them to the asylum procedure instead.");
            }
            if (unaccompaniedChild) {
                throw ProblemException.ruleViolated(EntryRules.UNACCOMPANIED_CHILD, rules.nonRefoulementBasis(),
                        "Entry cannot be refused to an unaccompanied child. Refer the child to child protection.");
            }
            if (refusalGround == null || refusalGround.isBlank()) {
                throw ProblemException.invalidField("refusalGround",
                        "a refusal of entry must name its legal ground; allowed: " + String.join(", ", rules.refusalGrounds().keySet()));
            }
            basis = rules.refusalGrounds().get(refusalGround);
            if (basis == null) {
                throw ProblemException.invalidField("refusalGround", "'" + refusalGround
                        + "' is not a refusal ground of the active legal profile; allowed: "
                        + String.join(", ", rules.refusalGrounds().keySet()));
            }
        } else if (refusalGround != null && !refusalGround.isBlank()) {
            throw ProblemException.invalidField("refusalGround", "only a refusal of entry has a refusal ground");
        }
        this.outcome = new Outcome(decided, refusalGround, basis, note, by, at);
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
