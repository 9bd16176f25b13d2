package org.asylon.training.exercise;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.asylon.training.exercise.Exercise.CastMember;
import org.asylon.training.persona.Persona;

/**
 * Draws an exercise's cast from a cohort, deterministically: for each cast member in the order the
 * exercise lists them, the first persona (by id) that meets every criterion of its {@code where}
 * and is not cast already. The same exercise and cohort seed therefore give every run, and the
 * build's key validation, the same people.
 *
 * <p>The criteria ({@code training/exercises/README.md}): {@code intent}, {@code where}, {@code
 * child}, {@code unaccompaniedChild}, {@code separatedChild}, {@code document}, {@code script},
 * {@code sex}, {@code minAge}, {@code maxAge}, {@code need}, {@code otherOption}, {@code
 * knownElsewhere}, {@code groupKind}, {@code sameGroupAs}.
 */
public final class Cast {

    public static final Set<String> CRITERIA =
            Set.of(
                    "intent",
                    "where",
                    "child",
                    "unaccompaniedChild",
                    "separatedChild",
                    "document",
                    "script",
                    "sex",
                    "minAge",
                    "maxAge",
                    "need",
                    "otherOption",
                    "knownElsewhere",
                    "groupKind",
                    "sameGroupAs");

    /** Entry's group kinds, as {@link Persona.Travel#kind()} holds them. */
    static final List<String> GROUP_KINDS = List.of("BOAT", "FAMILY", "TRAVEL_GROUP");

    private Cast() {}

    /**
     * @return alias → persona, in the exercise's order
     * @throws ExerciseException naming the exercise and the alias when nobody left in the cohort
     *     meets the alias's criteria, or a criterion is unknown or has an impossible value
     */
    public static Map<String, Persona> resolve(Exercise exercise, List<Persona> cohort) {
        List<Persona> byId = cohort.stream().sorted(Comparator.comparing(Persona::id)).toList();
        Map<String, Persona> cast = new LinkedHashMap<>();
        for (CastMember member : exercise.cast()) {
            if (cast.containsKey(member.alias())) {
                throw new ExerciseException(
                        exercise.id() + ": alias " + member.alias() + " is cast twice");
            }
            Predicate<Persona> meets = p -> !cast.containsValue(p);
            for (Map.Entry<String, String> criterion : member.where().entrySet()) {
                meets = meets.and(criterion(exercise, member, criterion, cast, byId));
            }
            Persona chosen = byId.stream().filter(meets).findFirst().orElse(null);
            if (chosen == null) {
                throw new ExerciseException(
                        exercise.id()
                                + ": nobody left in the cohort (seed "
                                + exercise.cohortSeed()
                                + ") meets the criteria of "
                                + member.alias()
                                + " "
                                + member.where());
            }
            cast.put(member.alias(), chosen);
        }
        return cast;
    }

    private static Predicate<Persona> criterion(
            Exercise exercise,
            CastMember member,
            Map.Entry<String, String> criterion,
            Map<String, Persona> cast,
            List<Persona> cohort) {
        String value = criterion.getValue();
        return switch (criterion.getKey()) {
            case "intent" -> {
                oneOf(exercise, member, criterion, Persona.ProtectionIntent.Moment.class);
                yield p -> p.intent().moment().name().equals(value);
            }
            case "where" -> {
                if (!Set.of("reception", "detention", "return").contains(value)) {
                    throw unusable(
                            exercise, member, criterion, "must be reception, detention or return");
                }
                yield p -> value.equals(p.intent().where());
            }
            case "child" -> flag(exercise, member, criterion, p -> p.truth().child());
            case "unaccompaniedChild" ->
                    flag(exercise, member, criterion, Persona::unaccompaniedChild);
            case "separatedChild" -> flag(exercise, member, criterion, Persona::separatedChild);
            case "document" -> {
                oneOf(exercise, member, criterion, Persona.DocumentState.class);
                yield p -> p.document().state().name().equals(value);
            }
            case "script" -> {
                oneOf(exercise, member, criterion, Persona.Script.class);
                yield p -> p.script().name().equals(value);
            }
            case "sex" -> p -> p.sex().equals(value);
            case "minAge" -> {
                int min = age(exercise, member, criterion);
                yield p -> p.truth().age() != null && p.truth().age() >= min;
            }
            case "maxAge" -> {
                int max = age(exercise, member, criterion);
                yield p -> p.truth().age() != null && p.truth().age() <= max;
            }
            case "need" -> p -> p.specificNeeds().stream().anyMatch(code -> isCode(code, value));
            case "otherOption" -> {
                oneOf(exercise, member, criterion, Persona.OtherOption.class);
                yield p -> p.otherOptions().stream().anyMatch(o -> o.name().equals(value));
            }
            case "knownElsewhere" ->
                    flag(exercise, member, criterion, p -> p.knownElsewhere() != null);
            case "groupKind" -> {
                if (!GROUP_KINDS.contains(value)) {
                    throw unusable(exercise, member, criterion, "must be one of " + GROUP_KINDS);
                }
                yield p -> groupKinds(p, cohort).contains(value);
            }
            case "sameGroupAs" -> {
                Persona other = cast.get(value);
                if (other == null || other.travel() == null) {
                    throw unusable(
                            exercise,
                            member,
                            criterion,
                            "names an alias cast earlier and travelling in a group");
                }
                yield p -> p.travel() != null && together(p.travel(), other.travel());
            }
            default ->
                    throw unusable(
                            exercise,
                            member,
                            criterion,
                            "is not a criterion (known: "
                                    + String.join(", ", CRITERIA.stream().sorted().toList())
                                    + ")");
        };
    }

    /** A specific-needs code meets a criterion naming it or one of its parents (SC meets SC-UC). */
    private static boolean isCode(String code, String wanted) {
        return code.equals(wanted) || code.startsWith(wanted + "-");
    }

    /** The kinds of the person's own group and of the group it travels inside. */
    private static Set<String> groupKinds(Persona p, List<Persona> cohort) {
        if (p.travel() == null) {
            return Set.of();
        }
        String parent = p.travel().parentGroupKey();
        String parentKind =
                parent == null
                        ? null
                        : cohort.stream()
                                .map(Persona::travel)
                                .filter(Objects::nonNull)
                                .filter(t -> t.groupKey().equals(parent))
                                .map(Persona.Travel::kind)
                                .findFirst()
                                .orElse(null);
        return parentKind == null
                ? Set.of(p.travel().kind())
                : Set.of(p.travel().kind(), parentKind);
    }

    /**
     * Travelling together: in the same group, or one's group inside the other's (a family and the
     * boat it is in). Two families in the same boat are not together in this sense.
     */
    private static boolean together(Persona.Travel one, Persona.Travel other) {
        return one.groupKey().equals(other.groupKey())
                || one.groupKey().equals(other.parentGroupKey())
                || other.groupKey().equals(one.parentGroupKey());
    }

    private static Predicate<Persona> flag(
            Exercise exercise,
            CastMember member,
            Map.Entry<String, String> criterion,
            Predicate<Persona> test) {
        return switch (criterion.getValue().toLowerCase(Locale.ROOT)) {
            case "true" -> test;
            case "false" -> test.negate();
            default -> throw unusable(exercise, member, criterion, "must be true or false");
        };
    }

    private static <E extends Enum<E>> void oneOf(
            Exercise exercise, CastMember member, Map.Entry<String, String> c, Class<E> values) {
        if (Stream.of(values.getEnumConstants()).noneMatch(v -> v.name().equals(c.getValue()))) {
            throw unusable(
                    exercise, member, c, "must be one of " + List.of(values.getEnumConstants()));
        }
    }

    private static int age(Exercise exercise, CastMember member, Map.Entry<String, String> c) {
        try {
            return Integer.parseInt(c.getValue());
        } catch (NumberFormatException e) {
            throw unusable(exercise, member, c, "must be a whole number of years");
        }
    }

    private static ExerciseException unusable(
            Exercise exercise, CastMember member, Map.Entry<String, String> c, String what) {
        return new ExerciseException(
                exercise.id()
                        + ": cast "
                        + member.alias()
                        + ", criterion "
                        + c.getKey()
                        + "="
                        + c.getValue()
                        + " "
                        + what);
    }
}
