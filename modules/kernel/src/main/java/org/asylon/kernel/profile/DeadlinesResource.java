package org.asylon.kernel.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Roles;

/**
 * "Given this profile, this anchor event and this date, when is the deadline and why?" — for every
 * module and for trainers. The active profile by default, or any profile by name to compare.
 */
@Path("deadlines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.BORDER_OFFICER,
    Roles.BORDER_SUPERVISOR,
    Roles.RECEPTION_OFFICER,
    Roles.ELIGIBILITY_OFFICER,
    Roles.RSD_SUPERVISOR,
    Roles.APPEAL_OFFICER,
    Roles.LEGAL_REPRESENTATIVE,
    Roles.DETENTION_OFFICER,
    Roles.DETENTION_AUTHORITY,
    Roles.FACILITY_MANAGER,
    Roles.COURT_CLERK,
    Roles.MONITOR,
    Roles.RETURN_OFFICER,
    Roles.RETURN_AUTHORITY,
    Roles.RETURN_OPERATIONS,
    Roles.LIAISON_OFFICER,
    Roles.TRAINER,
    Roles.PLANNER,
    Roles.AUDITOR
})
public class DeadlinesResource {

    @Inject ActiveProfile active;

    /**
     * @param at an RFC 3339 date-time (for limits in hours) or a date
     */
    @GET
    public DeadlineView compute(
            @QueryParam("rule") String rule,
            @QueryParam("anchor") String anchor,
            @QueryParam("at") String at,
            @QueryParam("profile") String profile) {
        LegalProfile chosen = profile(profile);
        if (rule == null || rule.isBlank()) {
            throw ProblemException.badRequest(
                    "rule", "name the deadline rule, e.g. entry.screening.deadline");
        }
        if (!chosen.has(rule) || chosen.rule(rule).kind() != RuleKind.DEADLINE) {
            throw ProblemException.badRequest(
                    "rule",
                    "'"
                            + rule
                            + "' is not a deadline rule of profile "
                            + chosen.name()
                            + "; see GET deadlines/rules");
        }
        requireApplies(chosen, chosen.rule(rule));
        List<String> anchors = chosen.rule(rule).deadline().anchors();
        String anchorName = anchor == null || anchor.isBlank() ? anchors.get(0) : anchor;
        if (!anchors.contains(anchorName)) {
            throw ProblemException.badRequest(
                    "anchor", "rule " + rule + " runs from " + String.join(" or ", anchors));
        }
        Map<String, Temporal> recorded =
                at == null || at.isBlank() ? Map.of() : Map.of(anchorName, time(at));
        return DeadlineView.of(new DeadlineCalculator(chosen).compute(rule, recorded));
    }

    /** The deadline rules of a profile, with their basis and status, to choose from. */
    @GET
    @Path("rules")
    public List<DeadlineRuleView> rules(@QueryParam("profile") String profile) {
        LegalProfile chosen = profile(profile);
        return chosen.rules().stream()
                .filter(r -> r.kind() == RuleKind.DEADLINE)
                .map(
                        r ->
                                new DeadlineRuleView(
                                        r.name(),
                                        r.valueText(),
                                        r.deadline().anchors(),
                                        r.basis(),
                                        r.status()
                                                .name()
                                                .toLowerCase(java.util.Locale.ROOT)
                                                .replace('_', '-'),
                                        applies(chosen, r),
                                        r.deadline().appliesIf().orElse(null)))
                .toList();
    }

    /**
     * A deadline rule in short; {@code applies} is false when the flag named by {@code appliesIf}
     * is off in this profile (a screening limit where the state does not screen).
     */
    public record DeadlineRuleView(
            String rule,
            String value,
            List<String> anchors,
            String basis,
            String status,
            boolean applies,
            String appliesIf) {}

    static boolean applies(LegalProfile profile, Rule deadline) {
        return deadline.deadline().appliesIf().map(profile::flag).orElse(true);
    }

    private static void requireApplies(LegalProfile profile, Rule deadline) {
        if (!applies(profile, deadline)) {
            Rule flag = profile.rule(deadline.deadline().appliesIf().orElseThrow());
            throw ProblemException.ruleViolated(
                    flag.name(),
                    flag.basis(),
                    deadline.name()
                            + " does not apply under profile "
                            + profile.name()
                            + ": "
                            + flag.name()
                            + " is false there, so no such time limit runs.");
        }
    }

    private LegalProfile profile(String name) {
        if (name == null || name.isBlank()) {
            return active.profile();
        }
        if (!name.matches("[a-z0-9][a-z0-9-]{0,60}")) {
            throw ProblemException.badRequest(
                    "profile", "a profile name is lower-case letters, digits and hyphens");
        }
        try {
            return active.named(name);
        } catch (ProfileException e) {
            throw ProblemException.badRequest("profile", "no usable profile named '" + name + "'");
        }
    }

    private static Temporal time(String at) {
        try {
            return at.length() <= 10
                    ? LocalDate.parse(at)
                    : Instant.from(java.time.OffsetDateTime.parse(at));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(
                    "at",
                    "must be a date (2026-11-20) or an RFC 3339 date-time (2026-11-20T06:30:00Z)");
        }
    }
}
