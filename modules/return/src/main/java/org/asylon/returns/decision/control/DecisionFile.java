package org.asylon.returns.decision.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.asylon.returns.decision.entity.DecisionAppeal;
import org.asylon.returns.decision.entity.DepartureExtension;
import org.asylon.returns.decision.entity.ReturnDecision;

/**
 * A decision with what an officer reads beside it: its extensions, its appeals, and when the person
 * left (the entry ban runs from then).
 *
 * @param leftAt when the person left: the departure confirmed on the decision, or the case closed
 *     by a removal or another confirmed departure; null while the person is here
 * @param zone the profile's zone, in which the ban's days are counted
 */
public record DecisionFile(
        ReturnDecision decision,
        List<DepartureExtension> extensions,
        List<DecisionAppeal> appeals,
        Instant leftAt,
        ZoneId zone) {}
