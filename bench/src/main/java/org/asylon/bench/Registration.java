package org.asylon.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One border encounter to register, as the officer's form sends it. The same data makes the API's
 * JSON body and the raw JDBC rows, so both sides of the comparison write the same facts.
 */
record Registration(
        String kind,
        String crossingPointId,
        Instant occurredAt,
        String documentSurname,
        String documentGivenNames,
        String statedSurname,
        String statedGivenNames,
        String originalScriptName,
        String dateOfBirth,
        boolean dateOfBirthEstimated,
        String sex,
        List<String> nationalities,
        List<String> languages,
        List<Document> documents,
        boolean unaccompaniedChild,
        String protectionWords,
        List<Need> specificNeeds) {

    record Document(
            String documentCode, String number, String issuingState, LocalDate expiryDate) {}

    record Need(String category, String note) {}

    private record Person(
            String docSurname,
            String docGiven,
            String statedSurname,
            String statedGiven,
            String original,
            String sex,
            String nationality,
            List<String> languages) {}

    private static final List<Person> PEOPLE =
            List.of(
                    new Person(
                            "HADDAD",
                            "MOHAMMED",
                            "Haddad",
                            "Muhammad",
                            "محمد حداد",
                            "M",
                            "SYR",
                            List.of("ara")),
                    new Person(
                            "AL HASSAN",
                            "FATIMA",
                            "Al-Hassan",
                            "Fatima",
                            "فاطمة الحسن",
                            "F",
                            "SYR",
                            List.of("ara", "kur")),
                    new Person(
                            "AHMADZAI",
                            "GUL",
                            "Ahmadzai",
                            "Gul Ahmad",
                            "ګل احمدزی",
                            "M",
                            "AFG",
                            List.of("pus", "fas")),
                    new Person(
                            "RAHIMI",
                            "ZAHRA",
                            "Rahimi",
                            "Zahra",
                            "زهرا رحیمی",
                            "F",
                            "AFG",
                            List.of("fas")),
                    new Person(
                            "TESFAYE",
                            "SELAM",
                            "Tesfaye",
                            "Selam",
                            "ሰላም ተስፋየ",
                            "F",
                            "ERI",
                            List.of("tir", "ara")),
                    new Person(
                            "GEBREMEDHIN",
                            "YONAS",
                            "Gebremedhin",
                            "Yonas",
                            "ዮናስ ገብረመድህን",
                            "M",
                            "ERI",
                            List.of("tir")),
                    new Person(
                            "KOVALENKO",
                            "OLENA",
                            "Kovalenko",
                            "Olena",
                            "Олена Коваленко",
                            "F",
                            "UKR",
                            List.of("ukr", "rus")),
                    new Person(
                            "DIALLO",
                            "MAMADOU",
                            "Diallo",
                            "Mamadou",
                            null,
                            "M",
                            "GIN",
                            List.of("fra", "ful")),
                    new Person(
                            "HUSSEIN",
                            "ALI",
                            "Husayn",
                            "Ali",
                            "علي حسين",
                            "M",
                            "IRQ",
                            List.of("ara")),
                    new Person(
                            "MOHAMMADI",
                            "REZA",
                            "Mohammadi",
                            "Reza",
                            "رضا محمدی",
                            "M",
                            "IRN",
                            List.of("fas", "eng")),
                    new Person(
                            "OSMAN", "HODAN", "Cismaan", "Hodan", null, "F", "SOM", List.of("som")),
                    new Person(
                            "RAHMAN",
                            "ABDUL",
                            "Rahman",
                            "Abdul Karim",
                            "আব্দুল রহমান",
                            "M",
                            "BGD",
                            List.of("ben")),
                    new Person(
                            "MUHIRE",
                            "CLAUDINE",
                            "Muhire",
                            "Claudine",
                            null,
                            "X",
                            "COD",
                            List.of("fra", "lin")),
                    new Person(
                            "SAEED",
                            "AMINA",
                            "Said",
                            "Amina",
                            "أمينة سعيد",
                            "F",
                            "SDN",
                            List.of("ara", "eng")));

    private static final String[] KINDS = {
        "APPREHENSION_AFTER_IRREGULAR_CROSSING", "APPREHENSION_AFTER_IRREGULAR_CROSSING",
        "APPREHENSION_AFTER_IRREGULAR_CROSSING", "PROTECTION_REQUEST_AT_CROSSING_POINT",
        "PROTECTION_REQUEST_AT_CROSSING_POINT", "REGULAR_CROSSING"
    };

    private static final String[] WORDS = {
        "I ask for asylum",
        "I want protection, I cannot go back",
        "Please, asylum",
        "They will kill me if I return",
        "Officer notes: the person repeatedly said 'UNHCR' and pointed to a leaflet about asylum",
        "Je demande l'asile",
        "I need help, my family is in danger at home"
    };

    private static final String[][] NEEDS = {
        {"SERIOUS_MEDICAL_CONDITION", "diabetic, needs insulin"},
        {"PREGNANT_OR_LACTATING", "about six months pregnant"},
        {"DISABILITY", "uses a crutch, injured leg"},
        {"SURVIVOR_OF_TORTURE_OR_VIOLENCE", "visible scars, says detained and beaten"},
        {
            "POSSIBLE_VICTIM_OF_TRAFFICKING",
            "travel paid by a stranger, passport held by another person"
        },
        {"WOMAN_AT_RISK", "travelling alone"},
        {"OLDER_PERSON_AT_RISK", null},
        {"FAMILY_SEPARATED", "lost contact with husband at the river"}
    };

    private static final Instant BASE = Instant.parse("2026-11-20T00:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    /** A varied but realistic registration; the same seed gives the same sequence. */
    static Registration random(SplittableRandom rnd, String crossingPointId) {
        Person p = PEOPLE.get(rnd.nextInt(PEOPLE.size()));
        String kind = KINDS[rnd.nextInt(KINDS.length)];
        boolean child = rnd.nextInt(12) == 0;
        int birthYear = child ? 2010 + rnd.nextInt(5) : 1958 + rnd.nextInt(48);
        int month = 1 + rnd.nextInt(12);
        String dob =
                switch (rnd.nextInt(4)) {
                    case 0 -> Integer.toString(birthYear);
                    case 1 -> String.format(Locale.ROOT, "%04d-%02d", birthYear, month);
                    default ->
                            String.format(
                                    Locale.ROOT,
                                    "%04d-%02d-%02d",
                                    birthYear,
                                    month,
                                    1 + rnd.nextInt(28));
                };
        boolean estimated = dob.length() < 10 && rnd.nextBoolean();
        List<String> nationalities =
                rnd.nextInt(10) == 0 ? List.of(p.nationality(), "TUR") : List.of(p.nationality());

        int docCount =
                switch (rnd.nextInt(6)) {
                    case 0, 1 -> 0; // many arrive without documents
                    case 5 -> 2;
                    default -> 1;
                };
        List<Document> documents = new java.util.ArrayList<>();
        for (int i = 0; i < docCount; i++) {
            String code = i == 0 ? "P" : "ID";
            String number =
                    Character.toString('A' + rnd.nextInt(26))
                            + (1_000_000 + rnd.nextInt(8_999_999));
            LocalDate expiry = TODAY.plusDays(rnd.nextInt(3650) - 700); // some expired
            documents.add(new Document(code, number, p.nationality(), expiry));
        }

        boolean asks = kind.equals("PROTECTION_REQUEST_AT_CROSSING_POINT") || rnd.nextInt(10) < 7;
        String words = asks ? WORDS[rnd.nextInt(WORDS.length)] : null;

        List<Need> needs = new java.util.ArrayList<>();
        if (child) {
            needs.add(
                    new Need(
                            "UNACCOMPANIED_OR_SEPARATED_CHILD",
                            "says travelling alone, parents in " + p.nationality()));
        }
        int extra = rnd.nextInt(10) < 4 ? 1 + rnd.nextInt(2) : 0;
        for (int i = 0; i < extra; i++) {
            String[] need = NEEDS[rnd.nextInt(NEEDS.length)];
            if (needs.stream().noneMatch(n -> n.category().equals(need[0]))) {
                needs.add(new Need(need[0], need[1]));
            }
        }
        Instant occurred = BASE.minusSeconds(rnd.nextInt(6 * 3600));
        boolean withDocName = docCount > 0;
        return new Registration(
                kind,
                crossingPointId,
                occurred,
                withDocName ? p.docSurname() : null,
                withDocName ? p.docGiven() : null,
                p.statedSurname(),
                p.statedGiven(),
                p.original(),
                dob,
                estimated,
                p.sex(),
                nationalities,
                p.languages(),
                List.copyOf(documents),
                child,
                words,
                List.copyOf(needs));
    }

    /** The request body of {@code POST /entry/api/v1/encounters}. */
    String toJson() {
        var j = new Json();
        j.open();
        j.field("kind", kind);
        j.field("crossingPointId", crossingPointId);
        j.field("occurredAt", occurredAt.toString());
        j.key("person").open();
        j.field("documentSurname", documentSurname);
        j.field("documentGivenNames", documentGivenNames);
        j.field("statedSurname", statedSurname);
        j.field("statedGivenNames", statedGivenNames);
        j.field("originalScriptName", originalScriptName);
        j.field("dateOfBirth", dateOfBirth);
        j.field("dateOfBirthEstimated", dateOfBirthEstimated);
        j.field("sex", sex);
        j.field("nationalities", nationalities);
        j.field("languages", languages);
        j.close();
        j.key("documents").openArray();
        for (Document d : documents) {
            j.open();
            j.field("documentCode", d.documentCode());
            j.field("number", d.number());
            j.field("issuingState", d.issuingState());
            j.field("expiryDate", d.expiryDate().toString());
            j.close();
        }
        j.closeArray();
        j.field("unaccompaniedChild", unaccompaniedChild);
        if (protectionWords != null) {
            j.key("protectionRequested").open();
            j.field("words", protectionWords);
            j.close();
        }
        j.key("specificNeeds").openArray();
        for (Need n : specificNeeds) {
            j.open();
            j.field("category", n.category());
            j.field("note", n.note());
            j.close();
        }
        j.closeArray();
        j.close();
        return j.toString();
    }

    /**
     * The events a registration publishes: always registered, then protection requested, specific
     * needs noted.
     */
    List<String> eventTypes() {
        var types = new java.util.ArrayList<String>();
        types.add("org.asylon.entry.encounter-registered.v1");
        if (protectionWords != null) {
            types.add("org.asylon.entry.protection-requested.v1");
        }
        if (!specificNeeds.isEmpty()) {
            types.add("org.asylon.entry.specific-needs-noted.v1");
        }
        return types;
    }

    /** Just enough of a JSON writer for the bodies here (no JSON library at run time). */
    static final class Json {
        private final StringBuilder out = new StringBuilder(1024);
        private boolean first = true;

        Json open() {
            if (!first) {
                out.append(',');
            }
            out.append('{');
            first = true;
            return this;
        }

        Json close() {
            out.append('}');
            first = false;
            return this;
        }

        Json openArray() {
            out.append('[');
            first = true;
            return this;
        }

        Json closeArray() {
            out.append(']');
            first = false;
            return this;
        }

        Json key(String name) {
            if (!first) {
                out.append(',');
            }
            string(name);
            out.append(':');
            first = true;
            return this;
        }

        Json field(String name, String value) {
            if (value == null) {
                return this;
            }
            key(name);
            string(value);
            first = false;
            return this;
        }

        Json field(String name, boolean value) {
            key(name);
            out.append(value);
            first = false;
            return this;
        }

        Json field(String name, long value) {
            key(name);
            out.append(value);
            first = false;
            return this;
        }

        Json field(String name, List<String> values) {
            key(name);
            out.append('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(values.get(i));
            }
            out.append(']');
            first = false;
            return this;
        }

        /** Appends an already-encoded JSON value. */
        Json raw(String name, String json) {
            key(name);
            out.append(json);
            first = false;
            return this;
        }

        private void string(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
