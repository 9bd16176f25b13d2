package org.asylon.rsd.appeal.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.decision.entity.Decision;

/**
 * Who took part in the first instance of a claim, as an {@link Appeal} needs to know to refuse them
 * as its decision-maker: whoever took or reviewed a decision on it (set-aside and returned ones
 * included) and the eligibility officer assigned to examine it.
 *
 * @param applicationId the claim
 * @param decisionIds every first-instance decision taken on it
 * @param parts what each officer did, in the words of a refusal
 */
public record FirstInstance(
        String applicationId, Set<String> decisionIds, Map<String, List<String>> parts) {

    public FirstInstance {
        decisionIds = Set.copyOf(decisionIds);
        parts =
                parts.entrySet().stream()
                        .collect(
                                Collectors.toUnmodifiableMap(
                                        Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** The first instance of {@code a}, from every decision taken on it. */
    public static FirstInstance of(AsylumApplication a, List<Decision> decisions) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (Decision d : decisions) {
            if (!d.applicationId().equals(a.id())) {
                throw new IllegalArgumentException(
                        "decision "
                                + d.id()
                                + " was taken on application "
                                + d.applicationId()
                                + ", not "
                                + a.id());
            }
            add(parts, d.decidedBy(), "took the first-instance decision " + d.id());
            add(
                    parts,
                    d.reviewedBy(),
                    "reviewed (four-eyes) the first-instance decision " + d.id());
        }
        add(
                parts,
                a.assignedOfficer(),
                "is the eligibility officer assigned to the first-instance examination");
        return new FirstInstance(
                a.id(), decisions.stream().map(Decision::id).collect(Collectors.toSet()), parts);
    }

    /** What {@code officer} did in the first instance; empty if nothing. */
    public List<String> partOf(String officer) {
        return parts.getOrDefault(officer, List.of());
    }

    private static void add(Map<String, List<String>> parts, String officer, String what) {
        if (officer != null) {
            parts.computeIfAbsent(officer, o -> new ArrayList<>()).add(what);
        }
    }
}
