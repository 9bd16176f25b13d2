package org.asylon.returns.gate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.returns.gate.entity.GateCheck;
import org.asylon.returns.gate.entity.GateOverride;

/**
 * The gate's events: a blocked step with the rules that blocked it, and an override with the rule
 * it lifts. Never the reasons, the details or the officer's check.
 */
@ApplicationScoped
public class GateEvents {

    public static final String EXECUTION_BLOCKED = "org.asylon.return.execution-blocked.v1";
    public static final String GATE_OVERRIDDEN = "org.asylon.return.gate-overridden.v1";

    private EventPublisher publisher;

    protected GateEvents() {
        // for CDI's client proxy
    }

    @Inject
    public GateEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void blocked(GateCheck check) {
        JsonArrayBuilder rules = Jsons.array();
        check.blockingRules().forEach(rules::add);
        publisher.publish(
                EXECUTION_BLOCKED,
                "cases/" + check.caseId(),
                Jsons.object()
                        .add("caseId", check.caseId())
                        .add("checkId", check.id())
                        .add("step", check.step().name())
                        .add("rules", rules)
                        .add("blockedAt", check.checkedAt().toString())
                        .build());
    }

    public void overridden(GateOverride o) {
        publisher.publish(
                GATE_OVERRIDDEN,
                "cases/" + o.caseId(),
                Jsons.object()
                        .add("caseId", o.caseId())
                        .add("overrideId", o.id())
                        .add("step", o.step().name())
                        .add("rule", o.rule())
                        .add("decidedAt", o.decidedAt().toString())
                        .build());
    }
}
