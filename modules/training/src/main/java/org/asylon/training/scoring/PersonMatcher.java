package org.asylon.training.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.asylon.training.persona.Persona;

/**
 * Ties what an officer recorded about a person to one of the exercise's cast, forgivingly: an
 * officer types a name as they hear or read it, in either order, with or without accents and
 * hyphens, and in one of the transliterations the persona's {@code nameVariants} list. A name is
 * never enough alone when the persona has two words or more (a surname is shared by a family), and
 * a date of birth that contradicts the persona's known part rules the persona out; a full date that
 * agrees, and a name that covers more of the persona's words, make a match stronger when two family
 * members share names.
 */
final class PersonMatcher {

    private static final int NO_MATCH = 0;

    private final Map<String, Persona> cast;

    /**
     * @param cast alias → persona, in the exercise's order (which also breaks ties)
     */
    PersonMatcher(Map<String, Persona> cast) {
        this.cast = cast;
    }

    /** The alias of the cast member the facts fit best, if any fits. */
    Optional<String> match(List<StatedPerson> facts) {
        String best = null;
        int bestScore = NO_MATCH;
        for (Map.Entry<String, Persona> member : cast.entrySet()) {
            int score = 0;
            for (StatedPerson f : facts) {
                score = Math.max(score, score(f, member.getValue()));
            }
            if (score > bestScore) {
                best = member.getKey();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** 0: not this persona; higher: a closer fit. */
    static int score(StatedPerson facts, Persona persona) {
        int birth = birth(facts, persona);
        if (birth < 0) {
            return NO_MATCH;
        }
        int name = 0;
        Forms forms = Forms.of(persona);
        for (StatedPerson.Name n : facts.names()) {
            name =
                    Math.max(
                            name,
                            forms.latin(Names.tokens(n.surname()), Names.tokens(n.givenNames())));
        }
        name = Math.max(name, forms.original(Names.tokens(facts.originalScriptName())));
        return name == NO_MATCH ? NO_MATCH : name + birth;
    }

    /**
     * -1 when the dates contradict each other; 5 when both give the same full date; 0 otherwise. An
     * estimated date (a stated age) is only held to its year, give or take one.
     */
    static int birth(StatedPerson facts, Persona persona) {
        String recorded = facts.dateOfBirth();
        String known = persona.dateOfBirth();
        if (recorded == null || known == null || recorded.length() < 4 || known.length() < 4) {
            return 0;
        }
        if (facts.estimated() || persona.dateOfBirthEstimated()) {
            int a = Integer.parseInt(recorded.substring(0, 4));
            int b = Integer.parseInt(known.substring(0, 4));
            return Math.abs(a - b) <= 1 ? 0 : -1;
        }
        int common = Math.min(recorded.length(), known.length());
        if (!recorded.substring(0, common).equals(known.substring(0, common))) {
            return -1;
        }
        return recorded.length() == 10 && known.length() == 10 ? 5 : 0;
    }

    /** A persona's names in the forms compared: stated, variants, own script. */
    private record Forms(
            List<String> surname,
            List<String> given,
            List<List<String>> variants,
            List<String> original,
            Set<String> pool,
            Set<String> skeletons) {

        static Forms of(Persona p) {
            List<String> surname = Names.tokens(p.statedSurname());
            List<String> given = Names.tokens(p.statedGivenNames());
            List<List<String>> variants = new ArrayList<>();
            if (p.nameVariants() != null) {
                p.nameVariants().forEach(v -> variants.add(Names.tokens(v)));
            }
            Set<String> pool = new HashSet<>(surname);
            pool.addAll(given);
            variants.forEach(pool::addAll);
            Set<String> skeletons = new HashSet<>();
            pool.forEach(t -> skeletons.add(Names.skeleton(t)));
            return new Forms(
                    surname,
                    given,
                    variants,
                    Names.tokens(p.originalScriptName()),
                    pool,
                    skeletons);
        }

        private List<String> stated() {
            List<String> all = new ArrayList<>(surname);
            all.addAll(given);
            return all;
        }

        /**
         * 30 + words covered: the same words (any order) or the same letters (hyphens, spaces); 20
         * + words covered: every word is one of the persona's spellings, or the same skeleton.
         */
        int latin(List<String> recordedSurname, List<String> recordedGiven) {
            List<String> recorded = new ArrayList<>(recordedSurname);
            recorded.addAll(recordedGiven);
            if (recorded.isEmpty()) {
                return NO_MATCH;
            }
            List<String> reversed = new ArrayList<>(recordedGiven);
            reversed.addAll(recordedSurname);
            List<String> stated = stated();
            List<String> statedReversed = new ArrayList<>(given);
            statedReversed.addAll(surname);
            List<List<String>> whole = new ArrayList<>(variants);
            whole.add(stated);
            whole.add(statedReversed);
            int covered = covered(recorded);
            for (List<String> form : whole) {
                if (Names.sorted(form).equals(Names.sorted(recorded))
                        || String.join("", form).equals(String.join("", recorded))
                        || String.join("", form).equals(String.join("", reversed))) {
                    return 30 + covered;
                }
            }
            for (List<String> form : whole) {
                String s = Names.joinedSkeleton(form);
                if (!form.isEmpty()
                        && (s.equals(Names.joinedSkeleton(recorded))
                                || s.equals(Names.joinedSkeleton(reversed)))) {
                    return 20 + covered;
                }
            }
            boolean everyWordKnown =
                    recorded.stream()
                            .allMatch(
                                    t -> pool.contains(t) || skeletons.contains(Names.skeleton(t)));
            if (everyWordKnown && recorded.size() >= Math.min(2, stated.size())) {
                return 20 + covered;
            }
            return NO_MATCH;
        }

        int original(List<String> recorded) {
            if (recorded.isEmpty() || original.isEmpty()) {
                return NO_MATCH;
            }
            if (Names.sorted(recorded).equals(Names.sorted(original))
                    || String.join("", recorded).equals(String.join("", original))) {
                return 30 + recorded.size();
            }
            boolean everyWordKnown = original.containsAll(recorded);
            return everyWordKnown && recorded.size() >= Math.min(2, original.size())
                    ? 20 + recorded.size()
                    : NO_MATCH;
        }

        /** How many of the persona's stated words the recorded name has, in some spelling. */
        private int covered(List<String> recorded) {
            Set<String> skeletonsRecorded = new HashSet<>();
            recorded.forEach(t -> skeletonsRecorded.add(Names.skeleton(t)));
            int n = 0;
            for (String t : stated()) {
                if (recorded.contains(t) || skeletonsRecorded.contains(Names.skeleton(t))) {
                    n++;
                }
            }
            return n;
        }
    }
}
