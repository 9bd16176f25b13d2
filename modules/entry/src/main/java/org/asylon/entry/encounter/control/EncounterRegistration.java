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
 * protection request and specific needs noted, search keys stored, events published, audited.
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
    private Clock clock;

    protected EncounterRegistration() {
        // for CDI's client proxy
    }

    @Inject
    public EncounterRegistration(EntityManager em, DocumentIntake documents, WatchlistCheck watchlist,
            ScreeningClock screening, EntryEvents events, AuditTrail audit, Clock clock) {
        this.em = em;
        this.documents = documents;
        this.watchlist = watchlist;
        this.screening = screening;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers one person and writes the encounter, so that its view carries its stored version. */
    public Encounter register(Registration request, Caller caller) {
        Encounter encounter = record(request, caller.name(), null, null);
        em.flush();
        return encounter;
    }

    /**
     * Registers a member of a group inside the group's registration: the group is known before the
     * encounter's events are published, and the group writes its members when all are registered.
     */
    public Encounter registerMember(Registration request, Caller caller, String groupId, String groupRole) {
        return record(request, caller.name(), groupId, groupRole);
    }

    private Encounter record(Registration request, String user, String groupId, String groupRole) {
        Instant now = Instant.now(clock);
        if (request.crossingPointId() != null && em.find(CrossingPoint.class, request.crossingPointId()) == null) {
            throw ProblemException.invalidField("crossingPointId", "no crossing point has this id");
        }
        List<TravelDocument> travelDocuments = new ArrayList<>();
        MrzDocument firstRead = null;
        for (int i = 0; i < request.documents().size(); i++) {
            DocumentIntake.Intake intake = documents.take(request.documents().get(i), "documents[" + i + "]");
            travelDocuments.add(intake.document());
            if (firstRead == null && intake.reading() != null) {
                firstRead = intake.reading().document();
            }
        }
        PersonDetails person = person(request.person(), firstRead);
        List<String> nationalities = new ArrayList<>(request.person().nationalities());
        if (nationalities.isEmpty() && firstRead != null && firstRead.nationality() != null) {
            nationalities.add(firstRead.nationality().code());
        }
        Encounter encounter = new Encounter(request.kind(), request.crossingPointId(), request.locationDescription(),
                request.occurredAt(), request.heldAtBorderSince(), person, nationalities,
                request.person().languages(), travelDocuments, request.unaccompaniedChild(), user, now);
        if (groupId != null) {
            encounter.joinGroup(groupId, groupRole);
        }
        encounter.recordWatchlistCheck(watchlist.check(new WatchlistCheck.Query(names(person),
                person.dateOfBirth(), nationalities, travelDocuments.stream().map(TravelDocument::number).toList()), now));
        screening.start(encounter, now).ifPresent(encounter::startScreening);
        if (request.protectionRequested()) {
            encounter.requestProtection(request.protectionRequestWords(), now);
        } else if (request.kind() == EncounterKind.PROTECTION_REQUEST_AT_CROSSING_POINT) {
            encounter.requestProtection("asked for protection at the crossing point", now);
        }
        List<SpecificNeed> needs = new ArrayList<>();
        for (Registration.Need need : request.specificNeeds()) {
            SpecificNeed noted = new SpecificNeed(need.category(), need.note(), user, now);
            encounter.noteSpecificNeed(noted);
            needs.add(noted);
        }
        em.persist(encounter);
        storeSearchKeys(encounter);
        events.registered(encounter);
        if (encounter.protectionRequested()) {
            events.protectionRequested(encounter);
        }
        if (!needs.isEmpty()) {
            events.specificNeedsNoted(encounter, needs);
        }
        audit.record(user, "encounter.registered", "encounter", encounter.id(), encounter.kind().name());
        return encounter;
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
                birth = PartialDate.of(read.dateOfBirth().year(), read.dateOfBirth().month(),
                        read.dateOfBirth().month() == null ? null : read.dateOfBirth().day(), false);
            }
            if (sex == null && read.sex() != null) {
                sex = switch (read.sex()) {
                    case FEMALE -> Sex.F;
                    case MALE -> Sex.M;
                    default -> Sex.X;
                };
            }
        }
        if (blank(documentSurname) && blank(input.statedSurname()) && blank(input.statedGivenNames())
                && blank(documentGiven)) {
            throw ProblemException.invalidField("person.statedSurname",
                    "give at least one name, as stated by the person or as in the document");
        }
        return new PersonDetails(documentSurname, documentGiven, input.statedSurname(), input.statedGivenNames(),
                input.originalScriptName(), birth, sex, input.placeOfBirth());
    }

    static List<String> names(PersonDetails p) {
        return Stream.of(p.documentSurname(), p.documentGivenNames(), p.statedSurname(), p.statedGivenNames())
                .filter(n -> !blank(n)).toList();
    }

    private void storeSearchKeys(Encounter encounter) {
        List<String> names = names(encounter.person());
        Set<String> keys = new TreeSet<>(PersonKeys.tokenKeys(names));
        PersonKeys.blockingKeys(names).forEach(k -> keys.add(SearchKeys.BLOCKING_PREFIX + k));
        for (String key : keys) {
            em.createNativeQuery("INSERT INTO encounter_name_key (encounter_id, name_key) VALUES (?, ?)")
                    .setParameter(1, encounter.id())
                    .setParameter(2, key.length() > 60 ? key.substring(0, 60) : key)
                    .executeUpdate();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
