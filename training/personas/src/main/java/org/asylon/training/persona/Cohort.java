package org.asylon.training.persona;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.training.persona.NameMaker.Surname;
import org.asylon.training.persona.Origin.Written;
import org.asylon.training.persona.Persona.DocumentState;
import org.asylon.training.persona.Persona.KnownElsewhere;
import org.asylon.training.persona.Persona.OtherOption;
import org.asylon.training.persona.Persona.ProtectionIntent;
import org.asylon.training.persona.Persona.ProtectionIntent.Moment;
import org.asylon.training.persona.Persona.Script;
import org.asylon.training.persona.Persona.Travel;
import org.asylon.training.persona.Persona.TravelDocument;

/**
 * A training cohort: fictional people generated from a seed, each with their ground truth under a
 * legal profile. The same seed, profile and reference date always give the same cohort (one seeded
 * {@link SplittableRandom}, lists only, never the clock), so an exercise names its personas by seed
 * and criteria and every trainee meets the same people.
 *
 * <p>People come as units — a single adult, a family, an unaccompanied child, a separated child
 * with a relative, a group crossing by land — and some units share a boat. Whatever the seed, the
 * cohort holds every trait an exercise may ask for (every script, document state, moment of the
 * protection request, other option, specific need the ground truth speaks of, and people known in
 * another state): the first units are of each kind, and a last pass gives any trait the draw left
 * out to someone it fits.
 */
public final class Cohort {

    public static final int DEFAULT_SIZE = 240;

    /** Enough people for every trait to be carried by someone. */
    public static final int MINIMUM_SIZE = 60;

    private static final String[][] STATES_TRANSITED = {
        {"ITA", "asylum application lodged"},
        {"GRC", "fingerprints taken at entry"},
        {"ESP", "fingerprints taken at entry"},
        {"BGR", "asylum application lodged"}
    };

    private final SplittableRandom random;
    private final LocalDate referenceDate;
    private final List<Unit> units = new ArrayList<>();
    private final Set<String> fullNames = new HashSet<>();
    private final Set<String> documentNumbers = new HashSet<>();

    private Cohort(long seed, LocalDate referenceDate) {
        this.random = new SplittableRandom(seed);
        this.referenceDate = referenceDate;
    }

    public static List<Persona> generate(long seed, LegalProfile profile, LocalDate referenceDate) {
        return generate(seed, profile, referenceDate, DEFAULT_SIZE);
    }

    public static List<Persona> generate(
            long seed, LegalProfile profile, LocalDate referenceDate, int size) {
        if (size < MINIMUM_SIZE) {
            throw new IllegalArgumentException(
                    "a cohort has at least " + MINIMUM_SIZE + " people, not " + size);
        }
        Cohort cohort = new Cohort(seed, referenceDate);
        List<Draft> drafts = cohort.draft(size);
        // a trait given to someone may take another from them: repeat until nothing is missing
        Set<Object> changed = new HashSet<>();
        while (cohort.coverEveryTrait(drafts, changed)) {}
        List<Persona> personas = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Persona facts = cohort.persona(String.format("P-%04d", i + 1), drafts.get(i));
            personas.add(
                    completed(
                            facts, facts.story(), GroundTruths.of(facts, profile, referenceDate)));
        }
        return List.copyOf(personas);
    }

    /** The persona with its story and ground truth, which are made from its other facts. */
    static Persona completed(Persona p, String story, GroundTruth truth) {
        return new Persona(
                p.id(),
                p.fictional(),
                p.statedSurname(),
                p.statedGivenNames(),
                p.originalScriptName(),
                p.script(),
                p.nameVariants(),
                p.dateOfBirth(),
                p.dateOfBirthEstimated(),
                p.sex(),
                p.nationalities(),
                p.languages(),
                p.travel(),
                p.unaccompaniedChild(),
                p.separatedChild(),
                p.document(),
                p.specificNeeds(),
                p.intent(),
                p.otherOptions(),
                p.knownElsewhere(),
                story,
                truth);
    }

    // ---- units -------------------------------------------------------------------------------

    private enum Kind {
        SINGLE,
        FAMILY,
        UNACCOMPANIED,
        SEPARATED,
        LAND_GROUP
    }

    /** People who travel together; a unit may sit in a boat with others. */
    private static final class Unit {
        final Kind kind;
        final List<Draft> members = new ArrayList<>();
        Integer boat;

        Unit(Kind kind) {
            this.kind = kind;
        }
    }

    /** A person being made; its fields settle before it becomes a {@link Persona}. */
    private static final class Draft {
        Origin origin;
        String sex;
        Written given;
        Surname surname;
        int age;
        int dayOfYear;
        boolean estimated;
        boolean yearOnly;
        String role;
        Unit unit;
        boolean unaccompanied;
        boolean separated;
        DocumentState document;
        Set<String> needs = new LinkedHashSet<>();
        Moment moment;
        String where;
        List<OtherOption> options = new ArrayList<>();
        String[] known;
        int knownDaysAgo;
        String reason;

        boolean adult() {
            return age >= 18;
        }

        boolean female() {
            return "F".equals(sex);
        }
    }

    /** The first units are one of each kind, in a boat, and in each script; the rest are drawn. */
    private List<Draft> draft(int size) {
        List<Draft> drafts = new ArrayList<>();
        Kind[] firsts = {Kind.FAMILY, Kind.UNACCOMPANIED, Kind.SEPARATED, Kind.LAND_GROUP};
        Script[] scripts = {Script.ARABIC, Script.ETHIOPIC, Script.LATIN, Script.CYRILLIC};
        int boats = 0;
        Integer openBoat = null;
        int boatRoom = 0;
        while (drafts.size() < size) {
            int room = size - drafts.size();
            int n = units.size();
            Kind kind = n < firsts.length ? firsts[n] : drawKind(room);
            Origin origin = n < scripts.length ? originIn(scripts[n]) : drawOrigin();
            Unit unit = unit(kind, origin, Math.min(room, 6));
            units.add(unit);
            drafts.addAll(unit.members);
            boolean toBoat = kind != Kind.LAND_GROUP && (n < 3 || random.nextInt(100) < 40);
            if (toBoat) {
                if (openBoat == null || boatRoom < unit.members.size()) {
                    openBoat = boats++;
                    boatRoom = 8 + random.nextInt(14);
                }
                unit.boat = openBoat;
                boatRoom -= unit.members.size();
            }
        }
        return drafts;
    }

    private Kind drawKind(int room) {
        int r = random.nextInt(100);
        if (r < 44 || room < 2) {
            return Kind.SINGLE;
        }
        if (r < 70 && room >= 3) {
            return Kind.FAMILY;
        }
        if (r < 83) {
            return Kind.UNACCOMPANIED;
        }
        if (r < 91) {
            return Kind.SEPARATED;
        }
        return room >= 3 ? Kind.LAND_GROUP : Kind.SINGLE;
    }

    private Origin drawOrigin() {
        int total = Origins.ALL.stream().mapToInt(Origin::weight).sum();
        int r = random.nextInt(total);
        for (Origin o : Origins.ALL) {
            r -= o.weight();
            if (r < 0) {
                return o;
            }
        }
        throw new IllegalStateException("weights");
    }

    private Origin originIn(Script script) {
        List<Origin> in = Origins.ALL.stream().filter(o -> o.script() == script).toList();
        return NameMaker.pick(in, random);
    }

    private Unit unit(Kind kind, Origin origin, int room) {
        Unit unit = new Unit(kind);
        switch (kind) {
            case SINGLE -> {
                Draft d =
                        person(
                                unit,
                                origin,
                                random.nextInt(100) < 65 ? "M" : "F",
                                adultAge(),
                                "passenger",
                                null);
                intent(List.of(d), 38, 24);
            }
            case FAMILY -> family(unit, origin, room);
            case UNACCOMPANIED -> {
                Draft child =
                        person(
                                unit,
                                origin,
                                random.nextInt(100) < 75 ? "M" : "F",
                                9 + random.nextInt(9),
                                "passenger",
                                null);
                child.unaccompanied = true;
                child.needs.add("SC-UC");
                intent(List.of(child), 45, 35);
            }
            case SEPARATED -> {
                Draft relative =
                        person(
                                unit,
                                origin,
                                random.nextInt(100) < 70 ? "M" : "F",
                                19 + random.nextInt(27),
                                "relative",
                                null);
                Draft child =
                        person(
                                unit,
                                origin,
                                random.nextInt(100) < 60 ? "M" : "F",
                                9 + random.nextInt(9),
                                "child",
                                null);
                child.separated = true;
                child.needs.add("SC-SC");
                intent(List.of(relative, child), 50, 25);
            }
            case LAND_GROUP -> {
                int count = 3 + random.nextInt(Math.min(3, room - 2));
                List<Draft> group = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    group.add(
                            person(
                                    unit,
                                    origin,
                                    random.nextInt(100) < 75 ? "M" : "F",
                                    adultAge(),
                                    "passenger",
                                    null));
                }
                group.forEach(d -> intent(List.of(d), 30, 25));
            }
        }
        for (Draft d : unit.members) {
            document(d);
            needs(d);
            known(d, unit);
        }
        return unit;
    }

    private void family(Unit unit, Origin origin, int room) {
        boolean father = random.nextInt(100) < 80;
        int headAge = 22 + random.nextInt(28);
        Draft head = person(unit, origin, father ? "M" : "F", headAge, "head", null);
        Draft mother = father ? null : head;
        if (father && room >= 3 && random.nextInt(100) < 85) {
            int age = Math.max(18, headAge - 6 + random.nextInt(9));
            mother =
                    person(
                            unit,
                            origin,
                            "F",
                            age,
                            "spouse",
                            origin.wifeTakesSurname() ? head.surname : null);
        }
        if (mother == head || (mother == null && father)) {
            head.needs.add("SP");
        }
        int youngestParent = mother == null ? headAge : Math.min(headAge, mother.age);
        int children = 1 + random.nextInt(Math.max(1, Math.min(4, room - unit.members.size() - 1)));
        for (int i = 0; i < children && unit.members.size() < room; i++) {
            int age = random.nextInt(Math.max(1, Math.min(18, youngestParent - 16)));
            person(unit, origin, random.nextBoolean() ? "M" : "F", age, "child", head.surname);
        }
        if (unit.members.size() < room && random.nextInt(100) < 10) {
            person(
                    unit,
                    origin,
                    random.nextBoolean() ? "M" : "F",
                    60 + random.nextInt(19),
                    "relative",
                    null);
        }
        intent(unit.members, 55, 25);
    }

    private int adultAge() {
        int r = random.nextInt(100);
        if (r < 30) {
            return 18 + random.nextInt(7);
        }
        if (r < 85) {
            return 25 + random.nextInt(20);
        }
        return r < 95 ? 45 + random.nextInt(15) : 60 + random.nextInt(13);
    }

    private Draft person(
            Unit unit, Origin origin, String sex, int age, String role, Surname surname) {
        Draft d = new Draft();
        d.unit = unit;
        d.origin = origin;
        d.sex = sex;
        d.age = age;
        d.dayOfYear = 1 + random.nextInt(364);
        d.role = role;
        d.reason = NameMaker.pick(origin.reasons(), random);
        for (int attempt = 0; ; attempt++) {
            d.given = NameMaker.pick(d.female() ? origin.female() : origin.male(), random);
            d.surname =
                    surname != null && attempt < 20
                            ? surname
                            : NameMaker.surname(origin, d.female(), random);
            if (fullNames.add(key(d.given.latin(), d.surname.latin()))) {
                break;
            }
        }
        unit.members.add(d);
        return d;
    }

    private static String key(String given, String surname) {
        return NameMaker.plain(given + " " + surname).toLowerCase(Locale.ROOT);
    }

    /**
     * The moment of the request, shared by a unit (a family asks together).
     *
     * @param atBorder per cent who ask at the border
     * @param later per cent who ask later; the rest never do
     */
    private void intent(List<Draft> who, int atBorder, int later) {
        Draft first = who.get(0);
        boolean labourOrigin =
                Set.of("KGZ", "TJK", "BGD", "GEO").contains(first.origin.nationality());
        int r = random.nextInt(100);
        if (labourOrigin) {
            r = Math.min(99, r + 25);
        }
        Moment moment =
                r < atBorder
                        ? Moment.AT_BORDER
                        : r < atBorder + later ? Moment.LATER : Moment.NEVER;
        String where = null;
        if (moment == Moment.LATER) {
            int w = random.nextInt(100);
            boolean child = who.stream().anyMatch(d -> !d.adult());
            where =
                    w < 50 || (child && w < 80)
                            ? "reception"
                            : w < 75 && !child ? "detention" : "return";
        }
        for (Draft d : who) {
            d.moment = moment;
            d.where = where;
        }
        if (moment == Moment.NEVER && first.adult()) {
            int o = random.nextInt(100);
            if (o < 50) {
                first.options.add(OtherOption.LABOUR);
            } else if (o < 70) {
                first.options.add(OtherOption.STUDY);
            } else if (o < 90) {
                first.options.add(OtherOption.FAMILY);
            }
        } else if (first.adult() && random.nextInt(100) < 8) {
            first.options.add(OtherOption.FAMILY);
        }
    }

    private void document(Draft d) {
        int r = random.nextInt(100);
        if (d.unaccompanied || d.separated) {
            d.document =
                    r < 55
                            ? DocumentState.ABSENT
                            : r < 70
                                    ? DocumentState.VALID
                                    : r < 85 ? DocumentState.EXPIRED : DocumentState.FORGED;
        } else if (d.age < 14) {
            d.document =
                    r < 60
                            ? DocumentState.ABSENT
                            : r < 90 ? DocumentState.VALID : DocumentState.EXPIRED;
        } else {
            d.document =
                    r < 35
                            ? DocumentState.VALID
                            : r < 55
                                    ? DocumentState.EXPIRED
                                    : r < 67 ? DocumentState.FORGED : DocumentState.ABSENT;
        }
        if (d.document == DocumentState.ABSENT && random.nextInt(100) < 40) {
            d.estimated = true;
            d.yearOnly = random.nextBoolean();
        }
    }

    private void needs(Draft d) {
        int r = random.nextInt(100);
        if (d.adult() && d.female() && "passenger".equals(d.role) && r < 35) {
            d.needs.add("WR");
        }
        if (d.female() && d.age >= 18 && d.age <= 40 && random.nextInt(100) < 8) {
            d.needs.add("WR-PL");
        }
        if (random.nextInt(100) < 4) {
            d.needs.add("DS");
        }
        if (random.nextInt(100) < 5) {
            d.needs.add("SM");
        }
        if (d.adult() && d.moment != Moment.NEVER && random.nextInt(100) < 6) {
            d.needs.add("TR");
        }
        if (d.age >= 14
                && d.age <= 30
                && !"child".equals(d.role)
                && random.nextInt(100) < (d.female() ? 12 : 4)) {
            d.needs.add("LP-TP");
        }
        if (d.female() && d.adult() && random.nextInt(100) < 3) {
            d.needs.add("SV");
        }
        if (d.age >= 60 && random.nextInt(100) < 70) {
            d.needs.add("ER");
        }
    }

    private void known(Draft d, Unit unit) {
        Draft first = unit.members.get(0);
        if (d != first) {
            d.known = first.known;
            d.knownDaysAgo = first.knownDaysAgo;
            return;
        }
        if (random.nextInt(100) < 14) {
            int k = random.nextInt(STATES_TRANSITED.length + 1);
            d.known =
                    k == STATES_TRANSITED.length && d.origin.firstAsylum() != null
                            ? new String[] {d.origin.firstAsylum(), "refugee status"}
                            : STATES_TRANSITED[k % STATES_TRANSITED.length];
            d.knownDaysAgo = 30 + random.nextInt(870);
        }
    }

    // ---- every trait, whatever the seed -------------------------------------------------------

    /**
     * Gives each trait the draw left out to the first single adult it fits, each such person
     * changed once: a cohort of any seed can then cast every exercise.
     */
    private boolean coverEveryTrait(List<Draft> drafts, Set<Object> changed) {
        int before = changed.size();
        for (DocumentState state : DocumentState.values()) {
            ensure(drafts, changed, d -> d.document == state, d -> d.document = state);
        }
        for (String where : List.of("reception", "detention", "return")) {
            ensure(
                    drafts,
                    changed,
                    d -> where.equals(d.where) && d.adult(),
                    d -> {
                        d.moment = Moment.LATER;
                        d.where = where;
                        d.options.clear();
                    });
        }
        ensure(
                drafts,
                changed,
                d -> d.moment == Moment.AT_BORDER && d.adult(),
                d -> {
                    d.moment = Moment.AT_BORDER;
                    d.where = null;
                });
        for (OtherOption option : OtherOption.values()) {
            ensure(
                    drafts,
                    changed,
                    d -> d.options.contains(option) && d.moment == Moment.NEVER,
                    d -> {
                        d.moment = Moment.NEVER;
                        d.where = null;
                        d.options.clear();
                        d.options.add(option);
                    });
        }
        ensure(
                drafts,
                changed,
                d -> d.moment == Moment.NEVER && d.document == DocumentState.FORGED && d.adult(),
                d -> {
                    d.moment = Moment.NEVER;
                    d.where = null;
                    d.document = DocumentState.FORGED;
                });
        for (String[] state : STATES_TRANSITED) {
            ensure(
                    drafts,
                    changed,
                    d -> d.known != null && d.known[1].equals(state[1]),
                    d -> {
                        d.known = state;
                        d.knownDaysAgo = 200;
                    });
        }
        ensure(
                drafts,
                changed,
                d -> d.known != null && d.known[1].equals("refugee status"),
                d -> {
                    String state = d.origin.firstAsylum() != null ? d.origin.firstAsylum() : "KEN";
                    d.known = new String[] {state, "refugee status"};
                    d.knownDaysAgo = 400;
                });
        for (String need : List.of("WR", "WR-PL", "DS", "SM", "TR", "LP-TP", "SV")) {
            boolean woman = need.startsWith("WR") || need.equals("SV") || need.equals("LP-TP");
            ensureWhere(
                    drafts,
                    changed,
                    d -> d.needs.contains(need),
                    d -> !woman || d.female(),
                    d -> {
                        d.needs.add(need);
                        if (need.equals("TR") && d.moment == Moment.NEVER) {
                            d.moment = Moment.AT_BORDER;
                            d.where = null;
                            d.options.clear();
                        }
                        if (need.equals("WR-PL") || need.equals("LP-TP")) {
                            d.age = 24;
                        }
                    });
        }
        ensure(
                drafts,
                changed,
                d -> d.needs.contains("ER"),
                d -> {
                    d.age = 63;
                    d.needs.add("ER");
                });
        ensure(
                drafts,
                changed,
                d -> d.estimated && d.yearOnly && d.age == 18,
                d -> {
                    // an adult by the draw whose stated year of birth leaves open whether they are
                    // a child
                    d.age = 18;
                    d.document = DocumentState.ABSENT;
                    d.estimated = true;
                    d.yearOnly = true;
                });
        return changed.size() > before;
    }

    private static void ensure(
            List<Draft> drafts,
            Set<Object> changed,
            Predicate<Draft> present,
            java.util.function.Consumer<Draft> give) {
        ensureWhere(drafts, changed, present, d -> true, give);
    }

    private static void ensureWhere(
            List<Draft> drafts,
            Set<Object> changed,
            Predicate<Draft> present,
            Predicate<Draft> fits,
            java.util.function.Consumer<Draft> give) {
        if (drafts.stream().anyMatch(present)) {
            return;
        }
        Draft chosen =
                drafts.stream()
                        .filter(
                                d ->
                                        d.unit.kind == Kind.SINGLE
                                                && d.age >= 18
                                                && !changed.contains(d))
                        .filter(fits)
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "no single adult left to carry a trait"));
        give.accept(chosen);
        changed.add(chosen);
    }

    // ---- personas ----------------------------------------------------------------------------

    private final java.util.Map<Integer, String> boatKeys = new java.util.HashMap<>();
    private final java.util.Map<Unit, String> familyKeys = new java.util.HashMap<>();
    private int groups;

    private Persona persona(String id, Draft d) {
        LocalDate birth = referenceDate.minusYears(d.age).minusDays(d.dayOfYear);
        String dateOfBirth =
                !d.estimated
                        ? birth.toString()
                        : d.yearOnly
                                ? String.valueOf(birth.getYear())
                                : birth.toString().substring(0, 7);
        TravelDocument document = document(d, birth);
        KnownElsewhere known =
                d.known == null
                        ? null
                        : new KnownElsewhere(
                                d.known[0],
                                d.known[1],
                                referenceDate.minusDays(d.knownDaysAgo).toString());
        ProtectionIntent intent =
                new ProtectionIntent(
                        d.moment, d.where, Stories.words(d.moment, d.where, d.reason, d.dayOfYear));
        List<String> languages = d.origin.languages();
        Persona facts =
                new Persona(
                        id,
                        true,
                        d.surname.latin(),
                        d.given.latin(),
                        d.origin.script() == Script.LATIN
                                ? null
                                : d.given.original() + " " + d.surname.original(),
                        d.origin.script(),
                        NameMaker.fullNameVariants(d.given, d.surname),
                        dateOfBirth,
                        d.estimated,
                        d.sex,
                        List.of(d.origin.nationality()),
                        d.origin.script() == Script.LATIN || languages.size() < 2
                                ? languages
                                : languages.subList(0, 1),
                        travel(d),
                        d.unaccompanied,
                        d.separated,
                        document,
                        List.copyOf(d.needs),
                        intent,
                        List.copyOf(d.options),
                        known,
                        null,
                        null);
        return completed(facts, Stories.story(facts, d.origin.country(), d.reason, d.age), null);
    }

    private Travel travel(Draft d) {
        Unit unit = d.unit;
        String boat = null;
        if (unit.boat != null) {
            boat = boatKeys.computeIfAbsent(unit.boat, b -> nextGroupKey());
        }
        return switch (unit.kind) {
            case FAMILY, SEPARATED ->
                    new Travel(
                            familyKeys.computeIfAbsent(unit, u -> nextGroupKey()),
                            "FAMILY",
                            d.role,
                            boat);
            case LAND_GROUP ->
                    new Travel(
                            familyKeys.computeIfAbsent(unit, u -> nextGroupKey()),
                            "TRAVEL_GROUP",
                            "passenger",
                            null);
            case SINGLE, UNACCOMPANIED ->
                    boat == null ? null : new Travel(boat, "BOAT", "passenger", null);
        };
    }

    private String nextGroupKey() {
        return String.format("G-%03d", ++groups);
    }

    private TravelDocument document(Draft d, LocalDate birth) {
        if (d.document == DocumentState.ABSENT) {
            return new TravelDocument(DocumentState.ABSENT, null, null, null, null, List.of());
        }
        String number;
        do {
            number =
                    ""
                            + (char) ('A' + random.nextInt(26))
                            + (char) ('A' + random.nextInt(26))
                            + String.format("%07d", random.nextInt(10_000_000));
        } while (!documentNumbers.add(number));
        LocalDate expiry =
                d.document == DocumentState.EXPIRED
                        ? referenceDate.minusDays(1 + random.nextInt(1500))
                        : referenceDate.plusDays(30 + random.nextInt(3000));
        // the passport may spell the name another way than the person states it
        String given = d.given.latin();
        if (d.origin.script() != Script.LATIN
                && !d.given.variants().isEmpty()
                && random.nextInt(100) < 30) {
            given = NameMaker.pick(d.given.variants(), random);
        }
        String nationality = d.origin.nationality();
        List<String> mrz =
                Td3.lines(
                        nationality,
                        d.surname.latin(),
                        given,
                        number,
                        nationality,
                        birth,
                        d.sex,
                        expiry);
        if (d.document == DocumentState.FORGED) {
            mrz =
                    Td3.withBrokenCheckDigit(
                            mrz,
                            Td3.CHECK_DIGITS[random.nextInt(Td3.CHECK_DIGITS.length)],
                            random.nextInt(9));
        }
        return new TravelDocument(d.document, "P", number, nationality, expiry.toString(), mrz);
    }
}
