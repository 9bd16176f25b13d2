package org.asylon.detention.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.Entity;
import jakarta.persistence.PersistenceException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.asylon.detention.alert.control.AlertCondition;
import org.asylon.detention.alert.entity.Alert;
import org.asylon.detention.alert.entity.AlertKind;
import org.asylon.detention.conditions.control.Confinements;
import org.asylon.detention.conditions.entity.ConfinementDay;
import org.asylon.detention.conditions.entity.SolitaryStandard;
import org.asylon.detention.place.control.Occupancy;
import org.asylon.detention.place.control.StockAndFlow;
import org.asylon.detention.place.entity.Facility;
import org.asylon.detention.place.entity.FacilityKind;
import org.asylon.detention.place.entity.Placement;
import org.asylon.detention.place.entity.Room;
import org.asylon.detention.place.entity.RoomUse;
import org.asylon.detention.testing.PlacesFixture;
import org.asylon.kernel.testing.TestDatabase;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Detention's migrations and mapping on PostgreSQL, the production database (runs when {@code
 * ASYLON_TEST_POSTGRES_URL} names a server; {@code .ci/run} starts one), each test in a fresh
 * schema. The persistence unit is the one {@code persistence.xml} declares, read from it, so an
 * entity added there is covered without touching this test: every mapped column must exist in the
 * migrated schema, and every entity is written with a value in every column, read back unchanged,
 * changed and read again. The places, conditions and alert records are also written and read
 * through the module's own controls and queries.
 */
class DetentionPostgresSchemaIT {

    private static final String UNIT = "detention";
    private static final Instant NOW = PlacesFixture.NOW;

    /** Where a value has no natural length: long enough to prove the column unbounded. */
    private static final int UNBOUNDED = 100_000;

    @Test
    void everyEntityOfThePersistenceUnitRoundTripsOnPostgres() throws Exception {
        List<Class<?>> unit = persistenceUnitClasses();
        List<Class<?>> entities =
                unit.stream().filter(c -> c.isAnnotationPresent(Entity.class)).toList();
        assertTrue(
                entities.containsAll(
                        List.of(
                                Facility.class,
                                Room.class,
                                Placement.class,
                                ConfinementDay.class,
                                Alert.class)),
                "persistence.xml as read: " + entities);
        try (TestDatabase db = postgres(unit)) {
            assertEquals(
                    migrationScripts(),
                    db.readInTransaction(
                                    em ->
                                            em.createNativeQuery(
                                                            "SELECT COUNT(*) FROM schema_history"
                                                                    + " WHERE success AND type = 'SQL'")
                                                    .getSingleResult())
                            .toString(),
                    "every script of db/detention applied");
            Map<String, Column> columns = columns(db);
            List<String> problems = new ArrayList<>();
            for (Class<?> entity : entities) {
                try {
                    roundTrip(db, entity, columns, problems);
                } catch (RuntimeException e) {
                    problems.add(entity.getSimpleName() + ": " + rootCause(e));
                }
            }
            assertEquals(List.of(), problems, "entities of persistence.xml on PostgreSQL");
        }
    }

    @Test
    void placesConditionsAndAlertsAreWrittenAndReadThroughTheControlsOnPostgres() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (PlacesFixture fixture =
                new PlacesFixture(postgres(persistenceUnitClasses()), "eu-pact-2026", clock)) {
            String facility =
                    fixture.at(
                            d ->
                                    d.facilities()
                                            .register(
                                                    FacilityKind.BORDER_TRANSIT_ZONE,
                                                    "Zone de transit ሰላም",
                                                    "Terminal 2, gate C",
                                                    "Office of the ℵ operator",
                                                    "facility.manager")
                                            .id());
            String room = fixture.room(facility, RoomUse.MULTIPLE, "8.00", "2.50", "2.60");
            String cell = fixture.room(facility, RoomUse.SINGLE, "7.25", "2.15", "2.55");

            String first = UUID.randomUUID().toString();
            String second = UUID.randomUUID().toString();
            String third = UUID.randomUUID().toString();
            Instant t0 = NOW.minusSeconds(20 * 86_400L);
            fixture.place(first, cell, t0);
            fixture.place(second, room, t0.plusSeconds(60));
            fixture.place(third, room, t0.plusSeconds(120));
            fixture.place(UUID.randomUUID().toString(), room, t0.plusSeconds(180));
            Placement over = fixture.place(UUID.randomUUID().toString(), room, t0.plusSeconds(240));
            assertTrue(over.overCapacity(), "the fourth person in a room for two");

            Facility read = fixture.at(d -> d.facilities().find(facility));
            assertEquals("Zone de transit ሰላም", read.name());
            assertEquals("Office of the ℵ operator", read.operator());
            assertEquals(FacilityKind.BORDER_TRANSIT_ZONE, read.kind());
            Room measured = fixture.at(d -> d.facilities().room(cell));
            assertEquals(new BigDecimal("7.25"), measured.livingSpace());
            assertEquals(new BigDecimal("2.15"), measured.wallDistance());
            Occupancy.RoomState state = fixture.at(d -> d.occupancy().room(room));
            assertEquals(2, state.capacity());
            assertEquals(4, state.occupancy());
            assertEquals(4L, fixture.at(d -> d.placements().occupancyByRoom()).get(room));

            long version = fixture.at(d -> d.facilities().room(room)).version();
            Room remeasured =
                    fixture.at(
                            d ->
                                    d.facilities()
                                            .remeasure(
                                                    room,
                                                    "\"" + version + "\"",
                                                    "Dormitory B",
                                                    RoomUse.MULTIPLE,
                                                    new BigDecimal("9.50"),
                                                    new BigDecimal("2.50"),
                                                    new BigDecimal("2.60"),
                                                    "facility.manager"));
            assertEquals(version + 1, remeasured.version());
            assertEquals(
                    new BigDecimal("9.50"),
                    fixture.at(d -> d.facilities().room(room)).livingSpace());

            fixture.at(
                    d -> {
                        d.placements().end(third, "detention.officer", NOW.minusSeconds(3600));
                        return null;
                    });
            List<Placement> history = fixture.at(d -> d.placements().history(third));
            assertEquals(1, history.size());
            assertEquals(NOW.minusSeconds(3600), history.get(0).endedAt());
            assertTrue(fixture.at(d -> d.placements().current(third)).isEmpty());
            assertEquals(first, fixture.at(d -> d.placements().current(first)).get().personId());
            StockAndFlow.Figures figures =
                    fixture.at(
                            d ->
                                    d.occupancy()
                                            .figures(
                                                    facility,
                                                    LocalDate.of(2026, 11, 1),
                                                    LocalDate.of(2026, 11, 24)));
            assertEquals(0, figures.heldAtStart());
            assertEquals(5, figures.admitted());
            assertEquals(5, figures.heldAtEnd());

            // sixteen consecutive days of solitary confinement up to today: prolonged (Mandela
            // Rules 43(1)(b), 44); one of them corrected, under its version
            LocalDate today = fixture.at(d -> d.confinements().today());
            for (int back = 15; back >= 0; back--) {
                LocalDate date = today.minusDays(back);
                fixture.at(
                        d ->
                                d.confinements()
                                        .record(
                                                first,
                                                date,
                                                new BigDecimal("23.50"),
                                                "Director of the centre",
                                                "Reason ሰላም",
                                                false,
                                                "detention.officer"));
            }
            long recorded = fixture.at(d -> d.confinements().day(first, today)).version();
            ConfinementDay corrected =
                    fixture.at(
                            d ->
                                    d.confinements()
                                            .correct(
                                                    first,
                                                    today,
                                                    "\"" + recorded + "\"",
                                                    new BigDecimal("22.75"),
                                                    "Director of the centre",
                                                    null,
                                                    false,
                                                    "detention.officer"));
            assertEquals(recorded + 1, corrected.version());
            Confinements.Record record = fixture.at(d -> d.confinements().of(first));
            assertEquals(16, record.days().size());
            assertEquals(new BigDecimal("22.75"), record.days().get(15).hoursWithoutContact());
            assertNull(record.days().get(15).reason());
            assertEquals("Reason ሰላም", record.days().get(0).reason());
            assertEquals(facility, record.days().get(0).facilityId());
            assertEquals(1, fixture.at(d -> d.confinements().solitaryOn(today)).size());
            assertEquals(1, fixture.at(d -> d.confinements().prolongedNow()).size());
            assertThrows(
                    PersistenceException.class,
                    () ->
                            fixture.db.inTransaction(
                                    em ->
                                            em.persist(
                                                    new ConfinementDay(
                                                            first,
                                                            today,
                                                            BigDecimal.ONE,
                                                            null,
                                                            null,
                                                            false,
                                                            facility,
                                                            record.standard(),
                                                            "detention.officer",
                                                            NOW))),
                    "one record per person and day: confinement_day_once");

            // the alert sources of this area, over the rows above, and alerts raised from them
            List<AlertCondition> conditions = new ArrayList<>();
            conditions.addAll(fixture.at(d -> d.roomAlerts().conditions(NOW)));
            conditions.addAll(fixture.at(d -> d.solitaryAlerts().conditions(NOW)));
            assertEquals(
                    List.of(AlertKind.ROOM_OVER_CAPACITY, AlertKind.SOLITARY_PROLONGED),
                    conditions.stream().map(AlertCondition::kind).toList());
            List<String> ids = new ArrayList<>();
            for (AlertCondition condition : conditions) {
                Alert alert =
                        new Alert(
                                condition.kind(),
                                condition.recordType(),
                                condition.recordId(),
                                condition.personId(),
                                condition.facilityId(),
                                condition.rule(),
                                condition.basis(),
                                NOW.plusSeconds(86_400),
                                NOW);
                fixture.db.inTransaction(em -> em.persist(alert));
                ids.add(alert.id());
            }
            fixture.db.inTransaction(
                    em -> em.find(Alert.class, ids.get(0)).resolve(NOW.plusSeconds(60)));
            List<Alert> open =
                    fixture.db.readInTransaction(
                            em ->
                                    em.createQuery(
                                                    "SELECT a FROM Alert a WHERE a.resolvedAt IS NULL"
                                                            + " ORDER BY a.dueAt, a.raisedAt",
                                                    Alert.class)
                                            .getResultList());
            assertEquals(1, open.size());
            Alert solitary = open.get(0);
            assertEquals(AlertKind.SOLITARY_PROLONGED, solitary.kind());
            assertEquals(first, solitary.personId());
            assertEquals(facility, solitary.facilityId());
            assertEquals(SolitaryStandard.PROLONGED_DAYS, solitary.rule());
            assertEquals(NOW.plusSeconds(86_400), solitary.dueAt());
            Alert resolved = fixture.db.readInTransaction(em -> em.find(Alert.class, ids.get(0)));
            assertFalse(resolved.open());
            assertEquals(NOW.plusSeconds(60), resolved.resolvedAt());
            assertEquals(room, resolved.recordId());
        }
    }

    // --- the persistence unit, as declared ---

    private static TestDatabase postgres(List<Class<?>> unit) throws SQLException {
        String url = System.getenv("ASYLON_TEST_POSTGRES_URL");
        assumeTrue(
                url != null && !url.isBlank(),
                "ASYLON_TEST_POSTGRES_URL not set: no PostgreSQL server to test against");
        return TestDatabase.inFreshPostgresSchema(url, UNIT, unit.toArray(Class<?>[]::new));
    }

    /** The classes (entities and converters) of the unit in the module's persistence.xml. */
    private static List<Class<?>> persistenceUnitClasses() throws Exception {
        var loader = DetentionPostgresSchemaIT.class.getClassLoader();
        for (URL url : Collections.list(loader.getResources("META-INF/persistence.xml"))) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            try (InputStream in = url.openStream()) {
                NodeList units =
                        factory.newDocumentBuilder()
                                .parse(in)
                                .getElementsByTagNameNS("*", "persistence-unit");
                for (int i = 0; i < units.getLength(); i++) {
                    Element unit = (Element) units.item(i);
                    if (UNIT.equals(unit.getAttribute("name"))) {
                        NodeList classes = unit.getElementsByTagNameNS("*", "class");
                        List<Class<?>> listed = new ArrayList<>();
                        for (int c = 0; c < classes.getLength(); c++) {
                            listed.add(
                                    Class.forName(
                                            classes.item(c).getTextContent().trim(),
                                            false,
                                            loader));
                        }
                        return listed;
                    }
                }
            }
        }
        throw new IllegalStateException("no persistence unit \"" + UNIT + "\" on the class path");
    }

    /** How many versioned scripts db/detention holds (kernel scripts keep their own history). */
    private static String migrationScripts() throws Exception {
        URL folder = DetentionPostgresSchemaIT.class.getClassLoader().getResource("db/" + UNIT);
        String[] names = new java.io.File(folder.toURI()).list((dir, n) -> n.matches("V.*\\.sql"));
        return String.valueOf(names.length);
    }

    // --- every entity: columns present, a full row written, read, changed ---

    private record Column(String type, int size, int scale) {
        boolean character() {
            return type.contains("char") || type.equals("text");
        }
    }

    private static Map<String, Column> columns(TestDatabase db) throws SQLException {
        Map<String, Column> columns = new HashMap<>();
        try (Connection c = db.jdbc()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, c.getSchema(), null, null)) {
                while (rs.next()) {
                    columns.put(
                            key(rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")),
                            new Column(
                                    rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT),
                                    rs.getInt("COLUMN_SIZE"),
                                    rs.getInt("DECIMAL_DIGITS")));
                }
            }
        }
        return columns;
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }

    private static void roundTrip(
            TestDatabase db, Class<?> type, Map<String, Column> columns, List<String> problems)
            throws ReflectiveOperationException {
        ClassDescriptor descriptor = JpaHelper.getServerSession(db.factory()).getDescriptor(type);
        String table = descriptor.getTableName();
        DatabaseField lock =
                descriptor.usesOptimisticLocking()
                        ? descriptor.getOptimisticLockingPolicy().getWriteLockField()
                        : null;
        DatabaseField generated =
                descriptor.usesSequenceNumbers() ? descriptor.getSequenceNumberField() : null;
        int before = problems.size();

        Object entity = instantiate(type);
        Map<DatabaseMapping, Object> written = new LinkedHashMap<>();
        Set<DatabaseField> skipped = new HashSet<>();
        skipped.add(lock);
        skipped.add(generated);
        DirectToFieldMapping changeable =
                fill(entity, descriptor, table, skipped, columns, written, problems);
        if (problems.size() > before) {
            return;
        }

        db.inTransaction(em -> em.persist(entity));
        Object id = db.factory().getPersistenceUnitUtil().getIdentifier(entity);
        Object read = db.readInTransaction(em -> em.find(type, id));
        assertNotNull(read, type.getSimpleName() + " read back by its id");
        compare(type, written, read, problems);

        if (changeable != null) {
            DirectToFieldMapping change = changeable;
            Column column =
                    columns.get(
                            key(tableOf(change.getField(), table), change.getField().getName()));
            String other = "changed ሰ " + UUID.randomUUID();
            String value = other.substring(0, Math.min(other.length(), column.size()));
            db.inTransaction(em -> change.setAttributeValueInObject(em.find(type, id), value));
            written.put(change, value);
            Object changed = db.readInTransaction(em -> em.find(type, id));
            compare(type, written, changed, problems);
            if (lock != null) {
                DatabaseMapping version = descriptor.getObjectBuilder().getMappingForField(lock);
                long first = ((Number) version.getAttributeValueFromObject(read)).longValue();
                long then = ((Number) version.getAttributeValueFromObject(changed)).longValue();
                if (then != first + 1) {
                    problems.add(
                            type.getSimpleName()
                                    + ": version "
                                    + first
                                    + " after one change is "
                                    + then);
                }
            }
        }
        long rows =
                db.readInTransaction(
                        em ->
                                em.createQuery(
                                                "SELECT COUNT(e) FROM "
                                                        + descriptor.getAlias()
                                                        + " e",
                                                Long.class)
                                        .getSingleResult());
        if (rows < 1) {
            problems.add(type.getSimpleName() + ": JPQL counts no rows");
        }
    }

    /**
     * Sets a sample value in every mapped attribute of the object (an entity, or an embeddable in
     * its table or collection table), noting what was written; returns a string attribute that can
     * be changed, if any.
     */
    private static DirectToFieldMapping fill(
            Object target,
            ClassDescriptor descriptor,
            String table,
            Set<DatabaseField> skipped,
            Map<String, Column> columns,
            Map<DatabaseMapping, Object> written,
            List<String> problems)
            throws ReflectiveOperationException {
        Class<?> type = descriptor.getJavaClass();
        DirectToFieldMapping changeable = null;
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            String name = type.getSimpleName() + "." + mapping.getAttributeName();
            if (mapping instanceof DirectToFieldMapping direct) {
                DatabaseField field = direct.getField();
                Column column = columns.get(key(tableOf(field, table), field.getName()));
                if (column == null) {
                    problems.add(
                            name + ": no column " + tableOf(field, table) + "." + field.getName());
                    continue;
                }
                if (skipped.contains(field)) {
                    continue;
                }
                Class<?> javaType = attribute(type, mapping.getAttributeName()).getType();
                Object value =
                        sample(javaType, column, direct.isPrimaryKeyMapping(), name, problems);
                direct.setAttributeValueInObject(target, value);
                written.put(mapping, value);
                if (changeable == null
                        && javaType == String.class
                        && !direct.isPrimaryKeyMapping()
                        && field.isUpdatable()) {
                    changeable = direct;
                }
            } else if (mapping instanceof DirectCollectionMapping collection) {
                String reference = collection.getReferenceTableName();
                List<DatabaseField> fields = new ArrayList<>(collection.getReferenceKeyFields());
                fields.add(collection.getDirectField());
                if (collection.getListOrderField() != null) {
                    fields.add(collection.getListOrderField());
                }
                Column element = null;
                for (DatabaseField field : fields) {
                    Column column = columns.get(key(reference, field.getName()));
                    if (column == null) {
                        problems.add(name + ": no column " + reference + "." + field.getName());
                    } else if (field.equals(collection.getDirectField())) {
                        element = column;
                    }
                }
                if (element == null) {
                    continue;
                }
                Field attribute = attribute(type, mapping.getAttributeName());
                Object one = sample(elementType(attribute), element, false, name, problems);
                Collection<Object> value = collectionOf(attribute, one);
                collection.setAttributeValueInObject(target, value);
                written.put(mapping, value);
            } else if (mapping instanceof AggregateCollectionMapping collection) {
                ClassDescriptor embeddable = collection.getReferenceDescriptor();
                String reference = embeddable.getTableName();
                List<DatabaseField> fields =
                        new ArrayList<>(collection.getTargetForeignKeyFields());
                if (collection.getListOrderField() != null) {
                    fields.add(collection.getListOrderField());
                }
                for (DatabaseField field : fields) {
                    if (columns.get(key(reference, field.getName())) == null) {
                        problems.add(name + ": no column " + reference + "." + field.getName());
                    }
                }
                Object element = instantiate(embeddable.getJavaClass());
                Map<DatabaseMapping, Object> inElement = new LinkedHashMap<>();
                fill(element, embeddable, reference, skipped, columns, inElement, problems);
                Field attribute = attribute(type, mapping.getAttributeName());
                collection.setAttributeValueInObject(target, collectionOf(attribute, element));
                written.put(mapping, new Embedded(List.of(inElement)));
            } else if (mapping instanceof AggregateObjectMapping embedded) {
                ClassDescriptor embeddable = embedded.getReferenceDescriptor();
                Object element = instantiate(embeddable.getJavaClass());
                Map<DatabaseMapping, Object> inElement = new LinkedHashMap<>();
                fill(element, embeddable, table, skipped, columns, inElement, problems);
                embedded.setAttributeValueInObject(target, element);
                written.put(mapping, new Embedded(List.of(inElement)));
            } else {
                problems.add(
                        name
                                + ": a "
                                + mapping.getClass().getSimpleName()
                                + " this test cannot fill yet: teach fill() its values");
            }
        }
        return changeable;
    }

    /** What was written into embeddables: one map of values per element. */
    private record Embedded(List<Map<DatabaseMapping, Object>> elements) {}

    private static Object instantiate(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static Class<?> elementType(Field attribute) {
        return (Class<?>)
                ((ParameterizedType) attribute.getGenericType()).getActualTypeArguments()[0];
    }

    private static Collection<Object> collectionOf(Field attribute, Object one) {
        return Set.class.isAssignableFrom(attribute.getType())
                ? new LinkedHashSet<>(List.of(one))
                : new ArrayList<>(List.of(one));
    }

    private static void compare(
            Class<?> type,
            Map<DatabaseMapping, Object> written,
            Object read,
            List<String> problems) {
        written.forEach(
                (mapping, expected) -> {
                    Object actual = mapping.getAttributeValueFromObject(read);
                    if (expected instanceof Embedded embedded) {
                        List<Object> elements =
                                actual instanceof Collection<?> c
                                        ? new ArrayList<>(c)
                                        : actual == null ? List.of() : List.of(actual);
                        if (elements.size() != embedded.elements().size()) {
                            problems.add(
                                    type.getSimpleName()
                                            + "."
                                            + mapping.getAttributeName()
                                            + ": wrote "
                                            + embedded.elements().size()
                                            + " embedded, read "
                                            + elements.size());
                            return;
                        }
                        for (int i = 0; i < elements.size(); i++) {
                            compare(
                                    mapping.getReferenceDescriptor().getJavaClass(),
                                    embedded.elements().get(i),
                                    elements.get(i),
                                    problems);
                        }
                        return;
                    }
                    boolean same =
                            expected instanceof BigDecimal e && actual instanceof BigDecimal a
                                    ? e.compareTo(a) == 0
                                    : expected instanceof byte[] e && actual instanceof byte[] a
                                            ? Arrays.equals(e, a)
                                            : expected instanceof Collection<?> e
                                                            && actual instanceof Collection<?> a
                                                    ? new ArrayList<>(e).equals(new ArrayList<>(a))
                                                    : expected.equals(actual);
                    if (!same) {
                        problems.add(
                                type.getSimpleName()
                                        + "."
                                        + mapping.getAttributeName()
                                        + ": wrote "
                                        + shorten(expected)
                                        + ", read "
                                        + shorten(actual));
                    }
                });
    }

    /** A value of the type that fills the column: the longest enum name, a long unbounded text. */
    private static Object sample(
            Class<?> type, Column column, boolean key, String name, List<String> problems) {
        if (type == String.class) {
            if (key) {
                return UUID.randomUUID().toString().substring(0, Math.min(36, column.size()));
            }
            String text = "ሰላም " + name + " ";
            int length = Math.min(column.size(), UNBOUNDED);
            if (length < UNBOUNDED) {
                length = Math.min(length, 60);
            }
            return text.repeat(length / text.length() + 1).substring(0, length);
        }
        if (type.isEnum()) {
            Object longest = null;
            for (Object constant : type.getEnumConstants()) {
                String constantName = ((Enum<?>) constant).name();
                if (column.character() && constantName.length() > column.size()) {
                    problems.add(
                            name
                                    + ": "
                                    + constantName
                                    + " does not fit "
                                    + column.type()
                                    + "("
                                    + column.size()
                                    + ")");
                }
                if (longest == null
                        || constantName.length() > ((Enum<?>) longest).name().length()) {
                    longest = constant;
                }
            }
            return longest;
        }
        Map<Class<?>, Function<Column, Object>> samples =
                Map.ofEntries(
                        Map.entry(boolean.class, c -> true),
                        Map.entry(Boolean.class, c -> true),
                        Map.entry(int.class, c -> 7),
                        Map.entry(Integer.class, c -> 7),
                        Map.entry(long.class, c -> 7L),
                        Map.entry(Long.class, c -> 7L),
                        Map.entry(short.class, c -> (short) 7),
                        Map.entry(Short.class, c -> (short) 7),
                        Map.entry(double.class, c -> 1.5d),
                        Map.entry(Double.class, c -> 1.5d),
                        Map.entry(
                                BigDecimal.class,
                                c ->
                                        new BigDecimal("1.25")
                                                .setScale(
                                                        Math.min(c.scale(), 2),
                                                        RoundingMode.HALF_UP)),
                        Map.entry(Instant.class, c -> Instant.parse("2026-11-26T10:15:30.123456Z")),
                        Map.entry(LocalDate.class, c -> LocalDate.of(2026, 11, 26)),
                        Map.entry(
                                LocalDateTime.class,
                                c -> LocalDateTime.parse("2026-11-26T10:15:30.123456")),
                        Map.entry(byte[].class, c -> new byte[] {1, 2, 3}),
                        Map.entry(UUID.class, c -> UUID.randomUUID()));
        Function<Column, Object> sample = samples.get(type);
        if (sample == null) {
            problems.add(name + ": no sample value for " + type.getName() + ": teach sample() one");
            return null;
        }
        return sample.apply(column);
    }

    private static String tableOf(DatabaseField field, String fallback) {
        String table = field.getTableName();
        return table == null || table.isEmpty() ? fallback : table;
    }

    private static Field attribute(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 80) + "… (" + text.length() + ")" : text;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
