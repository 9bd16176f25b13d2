package org.asylon.capacity.selfassessment.control;

import java.util.List;

/**
 * The recommended adoption sequence, the modules left out with the reason, and the components no
 * module serves (they are the state's own work, supported by the capacity kit).
 */
public record AdoptionPlan(
        List<AdoptionStep> steps, List<String> notRecommended, List<String> outsideTheSoftware) {

    public AdoptionPlan {
        steps = List.copyOf(steps);
        notRecommended = List.copyOf(notRecommended);
        outsideTheSoftware = List.copyOf(outsideTheSoftware);
    }

    public List<String> moduleIds() {
        return steps.stream().map(s -> s.module().id()).toList();
    }
}
