package org.asylon.kernel.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Roles;

/**
 * Every rule of the active legal profile, readable by the people who apply it: the refusal grounds
 * a border officer may choose, the detention rule for children, the appeal windows — each with its
 * value, legal basis, status and source, so that nobody has to learn them from a 422. The rules of
 * each readmission regime the profile names follow the profile's own, each marked with its regime.
 */
@Path("profile/rules")
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
public class ProfileRulesResource {

    @Inject ActiveProfile active;

    /**
     * @param prefix only the rules whose name starts with it, e.g. {@code entry.} or {@code
     *     entry.refusal}
     */
    @GET
    public List<RuleView> rules(@QueryParam("prefix") String prefix) {
        if (prefix != null && !prefix.matches("[a-z0-9.-]{1,100}")) {
            throw ProblemException.badRequest(
                    "prefix",
                    "a rule name or its beginning: lower-case letters, digits, '.' and '-'");
        }
        LegalProfile profile = active.profile();
        List<RuleView> out = new ArrayList<>();
        profile.rules().stream()
                .filter(rule -> prefix == null || rule.name().startsWith(prefix))
                .map(rule -> RuleView.of(rule, profile.name(), null))
                .forEach(out::add);
        for (Regime regime : profile.regimes()) {
            regime.rules().rules().stream()
                    .filter(rule -> prefix == null || rule.name().startsWith(prefix))
                    .map(rule -> RuleView.of(rule, profile.name(), regime.code()))
                    .forEach(out::add);
        }
        return out;
    }

    /**
     * One rule as officers read it; {@code regime} names the readmission regime (e.g. {@code
     * eu-ammr}) whose rule it is, {@code null} for the profile's own rules.
     */
    public record RuleView(
            String rule,
            String kind,
            String value,
            List<ItemView> items,
            String basis,
            String status,
            String source,
            String note,
            String profile,
            String regime) {

        static RuleView of(Rule rule, String profile, String regime) {
            List<ItemView> items =
                    rule.value() instanceof RuleValue.Items list
                            ? list.items().stream().map(ItemView::of).toList()
                            : null;
            return new RuleView(
                    rule.name(),
                    rule.kind().code(),
                    rule.valueText(),
                    items,
                    rule.basis(),
                    rule.status().code(),
                    rule.source().orElse(null),
                    rule.note().orElse(null),
                    profile,
                    regime);
        }
    }

    /** One item of a list rule, e.g. one refusal ground. */
    public record ItemView(String code, String label, String basis, String status) {

        static ItemView of(ListItem item) {
            return new ItemView(item.code(), item.label(), item.basis(), item.status().code());
        }
    }
}
