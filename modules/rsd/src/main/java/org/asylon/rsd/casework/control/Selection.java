package org.asylon.rsd.casework.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * How a list of interview options was narrowed: the constraints applied in order, each with how
 * many people were left after it. When nobody is left, {@link #emptiedBy} names the constraint that
 * left nobody, so that the officer knows what to change (another time, a registry entry, the
 * applicant's language or gender request).
 */
public record Selection(List<Step> steps) {

    /** What the options are narrowed by, in the order applied. */
    public enum Constraint {
        /** Registered and active in the registry. */
        ACTIVE,
        /** The applicant's same-gender request for the interviewer or the interpreter. */
        SAME_GENDER,
        /**
         * The interview language: the interpreter interprets it; the interviewer speaks it or an
         * interpreter is free.
         */
        LANGUAGE,
        /** Free for the whole slot. */
        AVAILABILITY
    }

    public record Step(Constraint constraint, int remaining) {}

    public Selection {
        steps = List.copyOf(steps);
    }

    /** The first constraint after which nobody was left, or null when someone is. */
    public Constraint emptiedBy() {
        return steps.stream()
                .filter(s -> s.remaining() == 0)
                .map(Step::constraint)
                .findFirst()
                .orElse(null);
    }

    /** Narrows {@code people} step by step, keeping the count after each step. */
    static final class Narrowing<T> {

        private List<T> left;
        private final List<Step> steps = new ArrayList<>();

        Narrowing(Collection<T> people) {
            left = List.copyOf(people);
        }

        Narrowing<T> by(Constraint constraint, Predicate<T> keep) {
            left = left.stream().filter(keep).toList();
            steps.add(new Step(constraint, left.size()));
            return this;
        }

        List<T> left() {
            return left;
        }

        Selection selection() {
            return new Selection(steps);
        }
    }
}
