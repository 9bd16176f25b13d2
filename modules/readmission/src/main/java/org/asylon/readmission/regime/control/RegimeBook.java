package org.asylon.readmission.regime.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.DeadlineCalculator;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ListItem;
import org.asylon.kernel.profile.Regime;
import org.asylon.kernel.profile.Rule;
import org.asylon.readmission.regime.entity.Anchors;
import org.asylon.readmission.regime.entity.EvidenceWeight;
import org.asylon.readmission.regime.entity.Grounds;
import org.asylon.readmission.regime.entity.RequestKind;

/**
 * The module's one reader of the readmission regimes the active profile binds ({@code
 * readmission.regimes}, each a fragment under {@code capacity-kit/profiles/regimes/}): which kinds
 * of request a regime has, its time limits with their anchors, what silence means, the evidence it
 * accepts, the fields that may leave the state, whether protection in the receiving state must be
 * assessed. No regime value is written in code; every deadline comes back with its rule and what
 * follows when it passes.
 */
@ApplicationScoped
public class RegimeBook {

    static final String RECEIPT = "readmission.request.receipt";
    static final String HIT = "readmission.hit.receipt";
    static final String REGISTRATION = "readmission.application.registration";
    static final String LODGING = "readmission.application.lodging";
    static final String IRREGULAR_STAY = "readmission.irregular-stay.known";
    static final String DETENTION = "readmission.detention.start";
    static final String RE_EXAMINATION = "readmission.re-examination.receipt";
    static final String ACCEPTANCE = "readmission.acceptance";
    static final String APPEAL_DECISION = "readmission.appeal.final-decision";
    static final String NOTIFICATION = "readmission.transfer-decision.notification";

    private ActiveProfile active;

    protected RegimeBook() {
        // for CDI's client proxy
    }

    @Inject
    public RegimeBook(ActiveProfile active) {
        this.active = active;
    }

    public List<Regime> all() {
        return active.profile().regimes();
    }

    /** The regime, or a 422 naming {@code field} when the profile binds no such regime. */
    public Regime regime(String code, String field) {
        return all().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(
                        () ->
                                ProblemException.invalidField(
                                        field,
                                        "the profile "
                                                + active.profile().name()
                                                + " binds no regime '"
                                                + code
                                                + "' (readmission.regimes: "
                                                + String.join(
                                                        ", ",
                                                        all().stream().map(Regime::code).toList())
                                                + ")"));
    }

    public ZoneId zone() {
        return active.profile().calendar().zone();
    }

    public boolean has(Regime regime, RequestKind kind) {
        return regime.rules().list("regime.request-kinds").stream()
                .anyMatch(i -> i.code().equals(kind.code()));
    }

    /** The kinds the regime has, with their articles. */
    public List<ListItem> kinds(Regime regime) {
        return regime.rules().list("regime.request-kinds");
    }

    /**
     * The reply period of a request received at {@code receivedAt}: the detained, hit or urgent
     * variant where the regime has one and the request is of that sort, else the ordinary one.
     */
    public RuledDeadline reply(
            Regime regime, RequestKind kind, Grounds grounds, Instant receivedAt) {
        String base = "regime." + kind.code() + ".reply";
        String rule = base + ".deadline";
        String silenceRule = base + ".silence";
        LegalProfile rules = regime.rules();
        if (grounds.detained() && rules.has(base + ".detained.deadline")) {
            rule = base + ".detained.deadline";
            if (rules.has(base + ".detained.silence")) {
                silenceRule = base + ".detained.silence";
            }
        } else if (grounds.hitBased() && rules.has(base + ".hit.deadline")) {
            rule = base + ".hit.deadline";
        } else if (grounds.urgent() && rules.has(base + ".urgent.deadline")) {
            rule = base + ".urgent.deadline";
        }
        Silence silence = Silence.of(rules.choice(silenceRule));
        return ruled(regime, rule, Map.of(RECEIPT, receivedAt), silence.consequence(), silenceRule);
    }

    /** What silence means for a request of this kind and sort. */
    public Silence silence(Regime regime, RequestKind kind, Grounds grounds) {
        return Silence.of(regime.rules().choice(silenceRule(regime, kind, grounds)));
    }

    /** The rule that says what silence means: the detained variant where the regime has one. */
    public String silenceRule(Regime regime, RequestKind kind, Grounds grounds) {
        String base = "regime." + kind.code() + ".reply";
        return grounds.detained() && regime.rules().has(base + ".detained.silence")
                ? base + ".detained.silence"
                : base + ".silence";
    }

    /** The reply period of a re-examination, if the regime sets one. */
    public Optional<RuledDeadline> reExamination(Regime regime, Instant receivedAt) {
        LegalProfile rules = regime.rules();
        if (!rules.has("regime.re-examination.reply.deadline")) {
            return Optional.empty();
        }
        String consequenceRule = "regime.re-examination.reply.silence";
        String consequence =
                rules.has(consequenceRule)
                                && rules.choice(consequenceRule)
                                        .equals("requesting-state-responsible")
                        ? "the procedure ends and the requesting state is responsible"
                        : "silence has no legal consequence under this regime";
        return Optional.of(
                ruled(
                        regime,
                        "regime.re-examination.reply.deadline",
                        Map.of(RE_EXAMINATION, receivedAt),
                        consequence,
                        consequenceRule));
    }

    /** Whether an unanswered re-examination makes the requesting state responsible. */
    public boolean reExaminationSilenceEnds(Regime regime) {
        LegalProfile rules = regime.rules();
        return rules.has("regime.re-examination.reply.silence")
                && rules.choice("regime.re-examination.reply.silence")
                        .equals("requesting-state-responsible");
    }

    /**
     * The requesting state's own limit to send the request, from whichever of its anchors is
     * recorded; empty when the regime sets none for this kind or no anchor is known.
     */
    public Optional<RuledDeadline> request(
            Regime regime, RequestKind kind, Grounds grounds, Anchors anchors) {
        String base = "regime." + kind.code() + ".request";
        LegalProfile rules = regime.rules();
        String rule;
        if (grounds.detained()
                && detainedLater(anchors)
                && rules.has(base + ".detained-later.deadline")) {
            rule = base + ".detained-later.deadline";
        } else if (grounds.detained() && rules.has(base + ".detained.deadline")) {
            rule = base + ".detained.deadline";
        } else {
            return ordinaryRequest(regime, kind, grounds, anchors);
        }
        // the lateness rule of a kind is the consequence of its ordinary limit (AMMR Art 39(1));
        // a detained person's limits state none (Art 45(1))
        RuledDeadline d =
                ruled(regime, rule, requestAnchors(anchors), lateness("not-stated"), rule);
        return d.deadline().computable() ? Optional.of(d) : Optional.empty();
    }

    /**
     * The kind's ordinary limit to send the request (its hit variant for a request on a hit), with
     * the consequence {@code regime.<kind>.request.lateness} gives it; empty when the regime sets
     * none or no anchor is known.
     */
    public Optional<RuledDeadline> ordinaryRequest(
            Regime regime, RequestKind kind, Grounds grounds, Anchors anchors) {
        String base = "regime." + kind.code() + ".request";
        LegalProfile rules = regime.rules();
        String rule =
                grounds.hitBased() && rules.has(base + ".hit.deadline")
                        ? base + ".hit.deadline"
                        : base + ".deadline";
        if (!rules.has(rule)) {
            return Optional.empty();
        }
        String latenessRule = base + ".lateness";
        String lateness = rules.has(latenessRule) ? rules.choice(latenessRule) : "not-stated";
        RuledDeadline d =
                ruled(regime, rule, requestAnchors(anchors), lateness(lateness), latenessRule);
        return d.deadline().computable() ? Optional.of(d) : Optional.empty();
    }

    /** Detention began after the registration and after the hit (AMMR Art 45(1), second limit). */
    private static boolean detainedLater(Anchors a) {
        Instant detained = a.detentionStartedAt();
        return detained != null
                && (a.applicationRegisteredAt() != null || a.hitReceivedAt() != null)
                && (a.applicationRegisteredAt() == null
                        || detained.isAfter(a.applicationRegisteredAt()))
                && (a.hitReceivedAt() == null || detained.isAfter(a.hitReceivedAt()));
    }

    private static Map<String, Temporal> requestAnchors(Anchors anchors) {
        Map<String, Temporal> at = new LinkedHashMap<>();
        // one date stands for the application's registration (AMMR) and its lodging (Dublin III):
        // the desk records the one the regime it asks under counts from
        put(at, REGISTRATION, anchors.applicationRegisteredAt());
        put(at, LODGING, anchors.applicationRegisteredAt());
        put(at, HIT, anchors.hitReceivedAt());
        put(at, IRREGULAR_STAY, anchors.irregularStayKnownAt());
        put(at, DETENTION, anchors.detentionStartedAt());
        return at;
    }

    /** Whether a late request leaves the requested state free of any obligation. */
    public boolean lateRequestReleases(Regime regime, RequestKind kind) {
        String rule = "regime." + kind.code() + ".request.lateness";
        return regime.rules().has(rule)
                && regime.rules().choice(rule).equals("requested-state-released");
    }

    /**
     * The transfer period from {@code start} (the acceptance, or the final decision on a suspensive
     * appeal), under the extension's rule where the period was extended.
     */
    public RuledDeadline transfer(
            Regime regime,
            String extensionRule,
            boolean detained,
            boolean fromAppeal,
            Instant start) {
        LegalProfile rules = regime.rules();
        String rule = "regime.transfer.deadline";
        if (extensionRule != null) {
            if (!rules.has(extensionRule)) {
                throw ProblemException.ruleViolated(
                        extensionRule,
                        regime.instrument(),
                        "The regime "
                                + regime.code()
                                + " provides no such extension of the transfer period.");
            }
            rule = extensionRule;
        } else if (detained && rules.has("regime.transfer.detained.deadline")) {
            rule = "regime.transfer.detained.deadline";
        }
        String lapse = rules.choice("regime.transfer.lapse");
        // the period runs from where the rule says: a final suspensive-appeal decision where it
        // lists
        // that anchor and the period restarted, else the acceptance (an extension counts the same
        // way)
        List<String> anchors = rules.rule(rule).deadline().anchors();
        String from =
                fromAppeal && anchors.contains(APPEAL_DECISION) ? APPEAL_DECISION : ACCEPTANCE;
        RuledDeadline period =
                ruled(regime, rule, Map.of(from, start), lapse(lapse), "regime.transfer.lapse");
        if (!period.deadline().computable()) {
            throw new IllegalStateException(
                    "the transfer period of "
                            + regime.code()
                            + " ("
                            + rule
                            + ") runs neither from "
                            + ACCEPTANCE
                            + " nor from "
                            + APPEAL_DECISION);
        }
        return period;
    }

    /**
     * Whether the regime's transfer period runs again from a final decision on a suspensive appeal.
     */
    public boolean transferRunsFromAppeal(Regime regime) {
        return regime.rules()
                .rule("regime.transfer.deadline")
                .deadline()
                .anchors()
                .contains(APPEAL_DECISION);
    }

    /** Whether the requesting state becomes responsible when the transfer lapses. */
    public boolean lapseShiftsResponsibility(Regime regime) {
        return regime.rules().choice("regime.transfer.lapse").equals("responsibility-shifts");
    }

    /** The limit to take the transfer decision after the acceptance, where the regime sets one. */
    public Optional<RuledDeadline> decision(Regime regime, Instant acceptedAt) {
        if (!regime.rules().has("regime.transfer.decision.deadline")) {
            return Optional.empty();
        }
        return Optional.of(
                ruled(
                        regime,
                        "regime.transfer.decision.deadline",
                        Map.of(ACCEPTANCE, acceptedAt),
                        "the regime states no consequence of a late decision",
                        "regime.transfer.decision.deadline"));
    }

    /** The person's appeal period against the transfer decision; empty when the regime has none. */
    public Optional<RuledDeadline> appeal(Regime regime, Instant notifiedAt) {
        if (!regime.rules().has("regime.transfer.appeal.deadline")) {
            return Optional.empty();
        }
        return Optional.of(
                ruled(
                        regime,
                        "regime.transfer.appeal.deadline",
                        Map.of(NOTIFICATION, notifiedAt),
                        "the transfer decision may no longer be appealed",
                        "regime.transfer.appeal.deadline"));
    }

    /** Whether an appeal against the transfer decision stops the transfer until it is decided. */
    public boolean appealSuspends(Regime regime) {
        return regime.rules().has("regime.transfer.appeal.suspensive")
                && regime.rules().flag("regime.transfer.appeal.suspensive");
    }

    /**
     * Whether a claim pending in this state goes with the person to the receiving state, which
     * examines it ({@code regime.transfer.claim-handover}: the AMMR and Dublin III decide which
     * state examines an application); absent or false, a pending claim stops the transfer.
     */
    public boolean claimHandover(Regime regime) {
        return regime.rules().has("regime.transfer.claim-handover")
                && regime.rules().flag("regime.transfer.claim-handover");
    }

    public String claimHandoverBasis(Regime regime) {
        return regime.rules().has("regime.transfer.claim-handover")
                ? "regime.transfer.claim-handover: "
                        + regime.rules().rule("regime.transfer.claim-handover").basis()
                : "regime.transfer.claim-handover not set: a pending claim stays in this state";
    }

    public boolean assessmentRequired(Regime regime) {
        return regime.rules().flag("regime.protection-assessment.required");
    }

    public Rule assessmentRule(Regime regime) {
        return regime.rules().rule("regime.protection-assessment.required");
    }

    /** The weight the regime gives a category of evidence, if it accepts the category at all. */
    public Optional<EvidenceWeight> evidence(Regime regime, String category) {
        if (contains(regime.rules().list("regime.evidence.proof"), category)) {
            return Optional.of(EvidenceWeight.PROOF);
        }
        if (contains(regime.rules().list("regime.evidence.circumstantial"), category)) {
            return Optional.of(EvidenceWeight.CIRCUMSTANTIAL);
        }
        return Optional.empty();
    }

    /** The person's fields that may leave the state under the regime. */
    public List<String> sharedFields(Regime regime) {
        return regime.rules().list("regime.shared-fields").stream().map(ListItem::code).toList();
    }

    public Rule rule(Regime regime, String name) {
        return regime.rules().rule(name);
    }

    private RuledDeadline ruled(
            Regime regime,
            String rule,
            Map<String, ? extends Temporal> anchors,
            String consequence,
            String consequenceRule) {
        LegalProfile rules = regime.rules();
        String because =
                rules.has(consequenceRule)
                        ? regime.code()
                                + ", "
                                + consequenceRule
                                + ": "
                                + rules.rule(consequenceRule).basis()
                        : regime.code() + ": not stated in the regime";
        return new RuledDeadline(
                new DeadlineCalculator(rules).compute(rule, anchors), consequence, because);
    }

    private static boolean contains(List<ListItem> items, String code) {
        return items.stream().anyMatch(i -> i.code().equals(code));
    }

    private static void put(Map<String, Temporal> at, String anchor, Instant value) {
        if (value != null) {
            at.put(anchor, value);
        }
    }

    private static String lateness(String code) {
        return switch (code) {
            case "requested-state-released" ->
                    "a late request no longer binds the requested state: the requesting state is"
                            + " responsible";
            case "no-effect" -> "lateness does not remove the requested state's obligation";
            default -> "the regime states no consequence of a late request";
        };
    }

    private static String lapse(String code) {
        return switch (code) {
            case "responsibility-shifts" ->
                    "the transfer lapses and responsibility passes to the requesting state";
            case "acceptance-expires" ->
                    "the transfer lapses: the acceptance no longer allows the transfer";
            default ->
                    "the transfer lapses; the regime states no further consequence: the officers of"
                            + " both states settle it";
        };
    }
}
