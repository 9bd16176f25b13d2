package org.asylon.entry.encounter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.asylon.entry.crossingpoint.entity.CrossingPoint;
import org.asylon.entry.document.control.MrzDocument;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.EncounterKind;
import org.asylon.entry.encounter.entity.EntryRules;
import org.asylon.entry.encounter.entity.PersonDetails;
import org.asylon.entry.encounter.entity.Sex;
import org.asylon.entry.encounter.entity.SpecificNeed;
import org.asylon.entry.encounter.entity.TravelDocument;
import org.asylon.entry.person.control.PersonKeys;
import org.asylon.entry.person.entity.PartialDate;
import org.asylon.entry.watchlist.WatchlistCheck;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;

/**
 * Registers an encounter with everything that follows from it in one transaction: documents read,
 * watch-list check made (or recorded as not made), screening started under the active profile,
 * protection request and specific needs noted, a child with no adult of their family present found
 * unaccompanied, search keys stored, events published, audited. A group's members are all recorded
 * before any is announced, so that whether a child is accompanied is known from the whole family.
 */
@ApplicationScoped
@Transactional
public class EncounterRegistration {

    private EntityManager em;
    private DocumentIntake documents;
    private WatchlistCheck watchlist;
    private ScreeningClock screening;
    private EntryEvents events;
    private AuditTrail audit;
    private EntryProfile profile;
    private Clock clock;

    protected EncounterRegistration() {
        // for CDI's client proxy
    }

    @Inject
    public EncounterRegistration(
            EntityManager em,
            DocumentIntake documents,
            WatchlistCheck watchlist,
            ScreeningClock screening,
            EntryEvents events,
            AuditTrail audit,
            EntryProfile profile,
            Clock clock) {
        this.em = em;
        this.documents = documents;
        this.watchlist = watchlist;
        this.screening = screening;
        this.events = events;
        this.audit = audit;
        this.profile = profile;
        this.clock = clock;
    }

    /**
     * Registers one person and writes the encounter, so that its view carries its stored version.
     */
    public Encounter register(Registration request, Caller caller) {
        EntryRules rules = profile.rules();
        Encounter encounter = record(request, caller.name(), null, null, rules);
        encounter.assessAccompaniment(false, rules, encounter.registeredAt());
        announce(encounter, caller.name());
        em.flush();
        return encounter;
    }

    /**
     * Registers the members of a group inside the group's registration: each is recorded first,
     * then a child of a family with no adult member is found unaccompanied, then each is announced
     * in order.
     *
     * @throws ProblemException naming the member's fields ({@code members[i].encounter.})
     */
    public List<Encounter> registerMembers(
            List<GroupFacts.Member> members, boolean family, Caller caller, String groupId) {
        EntryRules rules = profile.rules();
        List<Encounter> recorded = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            GroupFacts.Member member = members.get(i);
            try {
                recorded.add(
                        record(member.encounter(), caller.name(), groupId, member.role(), rules));
            } catch (ProblemException e) {
                throw e.prefixFields("members[" + i + "].encounter.");
            }
        }
        for (Encounter member : recorded) {
            boolean adultPresent =
                    family
                            && recorded.stream()
                                    .anyMatch(
                                            other ->
                                                    other != member
                                                            && !other.couldBeChild(
                                                                    rules, other.registeredAt()));
            member.assessAccompaniment(adultPresent, rules, member.registeredAt());
        }
        recorded.forEach(member -> announce(member, caller.name()));
        return recorded;
    }

    private Encounter record(
            Registration request, String user, String groupId, String groupRole, EntryRules rules) {
        Instant now = Instant.now(clock);
        if (request.crossingPointId() != null
                && em.find(CrossingPoint.class, request.crossingPointId()) == null) {
            throw ProblemException.invalidField("crossingPointId", "no crossing point has this id");
        }
        List<TravelDocument> travelDocuments = new ArrayList<>();
        MrzDocument firstRead = null;
        for (int i = 0; i < request.documents().size(); i++) {
            DocumentIntake.Intake intake =
                    documents.take(request.documents().get(i), "documents[" + i + "]");
            travelDocuments.add(intake.document());
            if (firstRead == null && intake.reading() != null) {
                firstRead = intake.reading().document();
            }
        }
        PersonDetails person = person(request.person(), firstRead);
        if (person.dateOfBirth() != null
                && person.dateOfBirth().year() != null
                && person.dateOfBirth().earliest().isAfter(rules.day(request.occurredAt()))) {
            throw ProblemException.invalidField("person.dateOfBirth", "is after the encounter");
        }
        List<String> nationalities = new ArrayList<>(request.person().nationalities());
        if (nationalities.isEmpty() && firstRead != null && firstRead.nationality() != null) {
            nationalities.add(firstRead.nationality().code());
        }
        Encounter encounter =
                new Encounter(
                        request.kind(),
                        request.crossingPointId(),
                        request.locationDescription(),
                        request.occurredAt(),
                        request.heldAtBorderSince(),
                        person,
                        nationalities,
                        request.person().languages(),
                        travelDocuments,
                        request.unaccompaniedChild(),
                        user,
                        now);
        if (groupId != null) {
            encounter.joinGroup(groupId, groupRole);
        }
        encounter.recordWatchlistCheck(
                watchlist.check(
                        new WatchlistCheck.Query(
                                names(person),
                                person.dateOfBirth(),
                                nationalities,
                                travelDocuments.stream().map(TravelDocument::number).toList()),
                        now));
        screening.start(encounter, now).ifPresent(encounter::startScreening);
        Instant requestedAt =
                request.protectionRequestedAt() == null
                        ? request.occurredAt()
                        : request.protectionRequestedAt();
        if (requestedAt.isBefore(request.occurredAt())) {
            throw ProblemException.invalidField(
                    "protectionRequested.requestedAt", "cannot be before the encounter");
        }
        if (request.protectionRequested()) {
            encounter.requestProtection(request.protectionRequestWords(), requestedAt, rules);
        } else if (request.kind() == EncounterKind.PROTECTION_REQUEST_AT_CROSSING_POINT) {
            encounter.requestProtection(
                    "asked for protection at the crossing point", requestedAt, rules);
        }
        for (Registration.Need need : request.specificNeeds()) {
            encounter.noteSpecificNeed(
                    new SpecificNeed(need.category(), need.note(), user, now), rules);
        }
        em.persist(encounter);
        storeSearchKeys(encounter);
        return encounter;
    }

    /**
     * Publishes what was registered, in order: the encounter, its protection request, its needs.
     */
    private void announce(Encounter encounter, String user) {
        events.registered(encounter);
        if (encounter.protectionRequested()) {
            events.protectionRequested(encounter, false);
        }
        if (!encounter.specificNeeds().isEmpty()) {
            events.specificNeedsNoted(encounter, encounter.specificNeeds());
        }
        audit.record(
                user, "encounter.registered", "encounter", encounter.id(), encounter.kind().name());
    }

    private static PersonDetails person(PersonFacts input, MrzDocument read) {
        String documentSurname = input.documentSurname();
        String documentGiven = input.documentGivenNames();
        PartialDate birth = input.dateOfBirth();
        Sex sex = input.sex();
        if (read != null) {
            if (documentSurname == null && read.name() != null) {
                documentSurname = read.name().primaryIdentifier();
                documentGiven = read.name().secondaryIdentifier();
            }
            if (birth == null && read.dateOfBirth() != null && read.dateOfBirth().year() != null) {
                birth =
                        PartialDate.of(
                                read.dateOfBirth().year(),
                                read.dateOfBirth().month(),
                                read.dateOfBirth().month() == null
                                        ? null
                                        : read.dateOfBirth().day(),
                                false);
            }
            if (sex == null && read.sex() != null) {
                sex =
                        switch (read.sex()) {
                            case FEMALE -> Sex.F;
                            case MALE -> Sex.M;
                            default -> Sex.X;
                        };
            }
        }
        if (blank(documentSurname)
                && blank(input.statedSurname())
                && blank(input.statedGivenNames())
                && blank(documentGiven)) {
            throw ProblemException.invalidField(
                    "person.statedSurname",
                    "give at least one name, as stated by the person or as in the document");
        }
        return new PersonDetails(
                documentSurname,
                documentGiven,
                input.statedSurname(),
                input.statedGivenNames(),
                input.originalScriptName(),
                birth,
                sex,
                input.placeOfBirth());
    }

    static List<String> names(PersonDetails p) {
        return Stream.of(
                        p.documentSurname(),
                        p.documentGivenNames(),
                        p.statedSurname(),
                        p.statedGivenNames())
                .filter(n -> !blank(n))
                .toList();
    }

    private void storeSearchKeys(Encounter encounter) {
        List<String> names = names(encounter.person());
        Set<String> keys = new TreeSet<>(PersonKeys.tokenKeys(names));
        PersonKeys.blockingKeys(names).forEach(k -> keys.add(SearchKeys.BLOCKING_PREFIX + k));
        for (String key : keys) {
            em.createNativeQuery(
                            "INSERT INTO encounter_name_key (encounter_id, name_key) VALUES (?, ?)")
                    .setParameter(1, encounter.id())
                    .setParameter(2, key.length() > 60 ? key.substring(0, 60) : key)
                    .executeUpdate();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
