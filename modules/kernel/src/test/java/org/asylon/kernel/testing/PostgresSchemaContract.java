package org.asylon.kernel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.Entity;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A module's migrations and mapping on PostgreSQL, the production database (runs when {@code
 * ASYLON_TEST_POSTGRES_URL} names a server; {@code .ci/run} starts one), in a fresh schema. The
 * persistence unit is the one the module's {@code persistence.xml} declares under the module's
 * name, read from it, so an entity added there is covered without touching the test: every script
 * of {@code db/<module>} is applied, every mapped column exists in the migrated schema, and every
 * entity is written with a value in every column, read back unchanged, changed and read again.
 */
public final class PostgresSchemaContract {

    /** Where a value has no natural length: long enough to prove the column unbounded. */
    private static final int UNBOUNDED = 100_000;

    private PostgresSchemaContract() {}

    /**
     * The whole contract for the module: its persistence unit lists at least {@code expected}, and
     * every entity of it round-trips on PostgreSQL (skipped without a server).
     */
    public static void assertEveryEntityRoundTrips(String module, Class<?>... expected)
            throws Exception {
        List<Class<?>> unit = persistenceUnitClasses(module);
        List<Class<?>> entities =
                unit.stream().filter(c -> c.isAnnotationPresent(Entity.class)).toList();
        assertTrue(entities.containsAll(List.of(expected)), "persistence.xml as read: " + entities);
        try (TestDatabase db = postgres(module, unit)) {
            assertEquals(
                    migrationScripts(module),
                    db.readInTransaction(
                                    em ->
                                            em.createNativeQuery(
                                                            "SELECT COUNT(*) FROM schema_history"
                                                                    + " WHERE success AND type = 'SQL'")
                                                    .getSingleResult())
                            .toString(),
                    "every script of db/" + module + " applied");
            assertEquals(
                    List.of(),
                    roundTrip(db, entities),
                    "entities of persistence.xml on PostgreSQL");
        }
    }

    /**
     * What goes wrong when each entity is written with a value in every column, read, changed and
     * read again: one line per problem, empty when every entity round-trips. An entity whose table
     * has a foreign key is written after the entity it refers to, and its key column takes the
     * value written there.
     */
    public static List<String> roundTrip(TestDatabase db, List<Class<?>> entities)
            throws SQLException {
        Map<String, Column> columns = columns(db);
        List<String> problems = new ArrayList<>();
        Map<String, Object> keys = new HashMap<>(); // table.column -> value in the database
        for (Class<?> entity : referredFirst(db, entities, columns)) {
            try {
                roundTrip(db, entity, columns, keys, problems);
            } catch (ReflectiveOperationException | RuntimeException e) {
                problems.add(entity.getSimpleName() + ": " + rootCause(e));
            }
        }
        return problems;
    }

    /** The entities in their order, except that one comes after those its tables refer to. */
    private static List<Class<?>> referredFirst(
            TestDatabase db, List<Class<?>> entities, Map<String, Column> columns) {
        Map<Class<?>, Set<String>> tables = new LinkedHashMap<>();
        for (Class<?> entity : entities) {
            Set<String> own = new HashSet<>();
            for (DatabaseTable table :
                    JpaHelper.getServerSession(db.factory()).getDescriptor(entity).getTables()) {
                own.add(table.getName().toLowerCase(Locale.ROOT));
            }
            tables.put(entity, own);
        }
        List<Class<?>> pending = new ArrayList<>(entities);
        List<Class<?>> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            Class<?> next = pending.get(0); // in a cycle, the order declared
            for (Class<?> candidate : pending) {
                if (pending.stream()
                        .noneMatch(
                                other ->
                                        other != candidate
                                                && refersTo(
                                                        tables.get(candidate),
                                                        tables.get(other),
                                                        columns))) {
                    next = candidate;
                    break;
                }
            }
            pending.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    private static boolean refersTo(Set<String> from, Set<String> to, Map<String, Column> columns) {
        return columns.entrySet().stream()
                .anyMatch(
                        c ->
                                c.getValue().references() != null
                                        && from.contains(table(c.getKey()))
                                        && !from.contains(table(c.getValue().references()))
                                        && to.contains(table(c.getValue().references())));
    }

    // --- the persistence unit, as declared ---

    /**
     * A fresh PostgreSQL schema migrated for the module, with the unit's classes; the test is
     * skipped (an assumption) when {@code ASYLON_TEST_POSTGRES_URL} names no server.
     */
    public static TestDatabase postgres(String module, List<Class<?>> unit) throws SQLException {
        String url = System.getenv("ASYLON_TEST_POSTGRES_URL");
        assumeTrue(
                url != null && !url.isBlank(),
                "ASYLON_TEST_POSTGRES_URL not set: no PostgreSQL server to test against");
        return TestDatabase.inFreshPostgresSchema(url, module, unit.toArray(Class<?>[]::new));
    }

    /** The classes (entities, mapped superclasses, converters) of the module's persistence unit. */
    public static List<Class<?>> persistenceUnitClasses(String module) throws Exception {
        var loader = PostgresSchemaContract.class.getClassLoader();
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
                    if (module.equals(unit.getAttribute("name"))) {
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
        throw new IllegalStateException("no persistence unit \"" + module + "\" on the class path");
    }

    /** How many versioned scripts db/{module} holds (kernel scripts keep their own history). */
    public static String migrationScripts(String module) throws Exception {
        URL folder = PostgresSchemaContract.class.getClassLoader().getResource("db/" + module);
        String[] names = new java.io.File(folder.toURI()).list((dir, n) -> n.matches("V.*\\.sql"));
        return String.valueOf(names.length);
    }

    // --- every entity: columns present, a full row written, read, changed ---

    /** A column of the migrated schema; {@code references} the table.column of its foreign key. */
    private record Column(String type, int size, int scale, String references) {
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
                                    rs.getInt("DECIMAL_DIGITS"),
                                    null));
                }
            }
            for (String table : columns.keySet().stream().map(k -> table(k)).distinct().toList()) {
                try (ResultSet rs = meta.getImportedKeys(null, c.getSchema(), table)) {
                    while (rs.next()) {
                        String from =
                                key(rs.getString("FKTABLE_NAME"), rs.getString("FKCOLUMN_NAME"));
                        Column column = columns.get(from);
                        columns.put(
                                from,
                                new Column(
                                        column.type(),
                                        column.size(),
                                        column.scale(),
                                        key(
                                                rs.getString("PKTABLE_NAME"),
                                                rs.getString("PKCOLUMN_NAME"))));
                    }
                }
            }
        }
        return columns;
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }

    private static String table(String key) {
        return key.substring(0, key.indexOf('.'));
    }

    private static void roundTrip(
            TestDatabase db,
            Class<?> type,
            Map<String, Column> columns,
            Map<String, Object> keys,
            List<String> problems)
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
                fill(entity, descriptor, table, skipped, columns, keys, written, problems);
        if (problems.size() > before) {
            return;
        }

        db.inTransaction(em -> em.persist(entity));
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (mapping instanceof DirectToFieldMapping direct) {
                keys.put(
                        key(tableOf(direct.getField(), table), direct.getField().getName()),
                        direct.getAttributeValueFromObject(entity));
            }
        }
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
            Map<String, Object> keys,
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
                        column.references() != null && keys.get(column.references()) != null
                                ? keys.get(column.references())
                                : sample(
                                        javaType,
                                        column,
                                        direct.isPrimaryKeyMapping(),
                                        name,
                                        problems);
                direct.setAttributeValueInObject(target, value);
                written.put(mapping, value);
                if (changeable == null
                        && javaType == String.class
                        && !direct.isPrimaryKeyMapping()
                        && column.references() == null
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
                // a map's keys have their own column(s) in the collection table
                List<DatabaseField> mapKey =
                        collection.getContainerPolicy().isMapPolicy()
                                ? collection.getContainerPolicy().getIdentityFieldsForMapKey()
                                : List.of();
                fields.addAll(mapKey);
                Column element = null;
                Column keyColumn = null;
                for (DatabaseField field : fields) {
                    Column column = columns.get(key(reference, field.getName()));
                    if (column == null) {
                        problems.add(name + ": no column " + reference + "." + field.getName());
                    } else if (field.equals(collection.getDirectField())) {
                        element = column;
                    } else if (mapKey.contains(field)) {
                        keyColumn = column;
                    }
                }
                if (element == null) {
                    continue;
                }
                Field attribute = attribute(type, mapping.getAttributeName());
                if (Map.class.isAssignableFrom(attribute.getType())) {
                    if (keyColumn == null) {
                        continue;
                    }
                    Map<Object, Object> value = new LinkedHashMap<>();
                    value.put(
                            sample(typeArgument(attribute, 0), keyColumn, false, name, problems),
                            sample(typeArgument(attribute, 1), element, false, name, problems));
                    collection.setAttributeValueInObject(target, value);
                    written.put(mapping, value);
                    continue;
                }
                Object one = sample(typeArgument(attribute, 0), element, false, name, problems);
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
                fill(element, embeddable, reference, skipped, columns, keys, inElement, problems);
                Field attribute = attribute(type, mapping.getAttributeName());
                collection.setAttributeValueInObject(target, collectionOf(attribute, element));
                written.put(mapping, new Embedded(List.of(inElement)));
            } else if (mapping instanceof AggregateObjectMapping embedded) {
                ClassDescriptor embeddable = embedded.getReferenceDescriptor();
                Object element = instantiate(embeddable.getJavaClass());
                Map<DatabaseMapping, Object> inElement = new LinkedHashMap<>();
                fill(element, embeddable, table, skipped, columns, keys, inElement, problems);
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

    /** The element type of a collection (0), or a map's key (0) and value (1) type. */
    private static Class<?> typeArgument(Field attribute, int index) {
        return (Class<?>)
                ((ParameterizedType) attribute.getGenericType()).getActualTypeArguments()[index];
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
