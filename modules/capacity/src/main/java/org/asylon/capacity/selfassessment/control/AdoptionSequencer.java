package org.asylon.capacity.selfassessment.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Orders the modules a state should adopt. A module is recommended when one of its components has a
 * gap, or when a recommended module needs it first. Among the modules whose prerequisites are
 * already placed, the one with the largest gap comes next (ties in the suite's own order), so the
 * sequence closes the worst gaps as early as the event feeds allow: entry always before reception,
 * reception before rsd and return.
 *
 * <p>rsd is left out when UNHCR determines status under its mandate and the state has no asylum
 * authority: the state then refers claims to UNHCR and records the outcome, it does not decide
 * them.
 */
public final class AdoptionSequencer {

    public AdoptionPlan plan(List<ComponentScore> scores, AnswerSheet sheet) {
        Map<Integer, ComponentScore> byNumber =
                scores.stream()
                        .collect(
                                Collectors.toMap(s -> s.component().number(), Function.identity()));
        boolean unhcrDecides = "unhcr".equals(sheet.profileAnswer("rsd-conducted-by"));
        List<String> notRecommended = new ArrayList<>();

        Set<AsylonModule> wanted = EnumSet.noneOf(AsylonModule.class);
        for (AsylonModule module : AsylonModule.values()) {
            if (module == AsylonModule.RSD && unhcrDecides) {
                notRecommended.add(rsdLeftOut(byNumber));
            } else if (need(module, byNumber) > 0) {
                wanted.add(module);
            }
        }
        for (AsylonModule module : List.copyOf(wanted)) {
            addPrerequisites(module, wanted);
        }
        for (AsylonModule module : AsylonModule.values()) {
            if (!wanted.contains(module) && !(module == AsylonModule.RSD && unhcrDecides)) {
                notRecommended.add(
                        module.id()
                                + ": not needed now, its components are covered ("
                                + components(module, byNumber)
                                + ").");
            }
        }

        List<AdoptionStep> steps = new ArrayList<>();
        Set<AsylonModule> placed = new LinkedHashSet<>();
        while (placed.size() < wanted.size()) {
            AsylonModule next =
                    wanted.stream()
                            .filter(
                                    m ->
                                            !placed.contains(m)
                                                    && placed.containsAll(m.prerequisites()))
                            .max(
                                    Comparator.comparingInt((AsylonModule m) -> need(m, byNumber))
                                            .thenComparing(
                                                    Comparator.comparingInt(AsylonModule::ordinal)
                                                            .reversed()))
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "module prerequisites form a cycle"));
            placed.add(next);
            steps.add(
                    new AdoptionStep(
                            steps.size() + 1,
                            next,
                            need(next, byNumber),
                            reason(next, byNumber, wanted, unhcrDecides)));
        }
        return new AdoptionPlan(steps, notRecommended, outsideTheSoftware(byNumber));
    }

    static int need(AsylonModule module, Map<Integer, ComponentScore> byNumber) {
        return module.components().stream().mapToInt(c -> byNumber.get(c).gap()).max().orElse(0);
    }

    private static void addPrerequisites(AsylonModule module, Set<AsylonModule> wanted) {
        for (AsylonModule prerequisite : module.prerequisites()) {
            if (wanted.add(prerequisite)) {
                addPrerequisites(prerequisite, wanted);
            }
        }
    }

    private static String reason(
            AsylonModule module,
            Map<Integer, ComponentScore> byNumber,
            Set<AsylonModule> wanted,
            boolean unhcrDecides) {
        StringBuilder reason = new StringBuilder();
        int need = need(module, byNumber);
        if (need > 0) {
            reason.append("Closes the gap in ").append(components(module, byNumber)).append('.');
        } else {
            reason.append("Its own components are covered (")
                    .append(components(module, byNumber))
                    .append(").");
        }
        List<String> dependents =
                wanted.stream()
                        .filter(m -> m.prerequisites().contains(module))
                        .map(AsylonModule::id)
                        .toList();
        if (!dependents.isEmpty()) {
            reason.append(" Comes before ")
                    .append(String.join(", ", dependents))
                    .append(", which read")
                    .append(dependents.size() == 1 ? "s" : "")
                    .append(" its events.");
        }
        if (!module.prerequisites().isEmpty()) {
            reason.append(" Needs ")
                    .append(
                            String.join(
                                    " and ",
                                    module.prerequisites().stream().map(AsylonModule::id).toList()))
                    .append(" first.");
        }
        if (module == AsylonModule.RECEPTION && unhcrDecides) {
            reason.append(
                    " Here it also refers protection requests to UNHCR and keeps UNHCR's outcome on record, in "
                            + "place of a national procedure.");
        }
        return reason.toString();
    }

    private static String rsdLeftOut(Map<Integer, ComponentScore> byNumber) {
        return "rsd: not recommended. UNHCR determines refugee status under its mandate and the state has no asylum "
                + "authority of its own; Annex I (objective 6, activity 2) has UNHCR assume responsibility for RSD where "
                + "there is no properly functioning national asylum procedure (paraphrased). Entry and reception refer "
                + "protection requests to UNHCR and record its outcome instead (profile rule entry.protection-request.referral"
                + " = unhcr-mandate). The gaps in "
                + components(AsylonModule.RSD, byNumber)
                + " are for the state and "
                + "UNHCR to address; adopt rsd when a national procedure is established.";
    }

    private static String components(AsylonModule module, Map<Integer, ComponentScore> byNumber) {
        return module.components().stream()
                .map(byNumber::get)
                .map(s -> s.component().label() + " " + s.scoreText())
                .collect(Collectors.joining("; "));
    }

    // components 1 and 10 are partnership and communication work: docs/architecture.md gives them
    // to the capacity kit
    private static List<String> outsideTheSoftware(Map<Integer, ComponentScore> byNumber) {
        Set<Integer> served = new LinkedHashSet<>();
        for (AsylonModule module : AsylonModule.values()) {
            served.addAll(module.components());
        }
        return byNumber.values().stream()
                .filter(s -> !served.contains(s.component().number()))
                .sorted(Comparator.comparingInt(s -> s.component().number()))
                .map(
                        s ->
                                s.component().label()
                                        + " ("
                                        + s.scoreText()
                                        + "): no module serves it; it is the state's "
                                        + "own work with its partners"
                                        + (s.component().number() == 10
                                                ? ", supported by the capacity kit's rights information leaflets"
                                                : "")
                                        + ".")
                .toList();
    }
}
