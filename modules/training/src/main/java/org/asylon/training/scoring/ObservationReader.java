package org.asylon.training.scoring;

import static org.asylon.training.persona.Observation.*;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.code.SpecificNeeds;

/**
 * Reads the {@link org.asylon.training.persona.Observation}s one event shows, with the field names
 * of the modules' event classes ({@code EntryEvents}, reception's {@code ReceptionEvents}, {@code
 * AccommodationEvents}, {@code DocumentEvents}, {@code VulnerabilityEvents}, RSD's {@code
 * RsdEvents}, detention's {@code OrderEvents}, {@code AlternativeEvents}, {@code MonitoringEvents},
 * return's {@code DecisionEvents}, {@code GateEvents}, {@code OperationEvents}, {@code AvrrEvents},
 * {@code ProtectionEvents}, readmission's {@code RequestEvents} and {@code TransferEvents}). {@code
 * rsd.deadline-missed} is no event's: {@link RsdDeadlines} derives it.
 */
final class ObservationReader {

    /**
     * An observation and the records it is about: the event's own, or for a household's document
     * each member's arrival.
     */
    record Seen(String observation, Set<String> about, TrailEvent event) {}

    private ObservationReader() {}

    static List<Seen> read(TrailEvent e) {
        List<String> names = new ArrayList<>();
        Set<String> about = e.records();
        switch (e.module() + ":" + e.fact()) {
            case "entry:encounter-registered" -> {
                names.add(ENTRY_REGISTERED);
                if (e.text("groupId") != null) {
                    names.add(ENTRY_IN_GROUP);
                }
                entryState(e, names);
            }
            case "entry:protection-requested" -> names.add(ENTRY_PROTECTION_REQUESTED);
            case "entry:specific-needs-noted" -> {
                entryState(e, names);
                for (JsonValue need : array(e.data(), "needs")) {
                    if (need instanceof JsonObject n && n.get("category") instanceof JsonString c) {
                        specificNeed(c.getString(), names);
                    }
                }
            }
            // every outcome the encounter was given counts, even one suspended or revised later:
            // the trainee decided it
            case "entry:outcome-decided", "entry:outcome-revised" -> {
                entryState(e, names);
                if (e.text("outcome") != null) {
                    names.add(ENTRY_OUTCOME + e.text("outcome"));
                }
            }
            case "entry:outcome-suspended", "entry:outcome-executed" -> entryState(e, names);
            case "reception:arrival-registered" -> names.add(RECEPTION_REGISTERED);
            case "reception:referral-made" -> coded(RECEPTION_REFERRAL, e.text("channel"), names);
            case "reception:allocated" -> coded(RECEPTION_ALLOCATED, e.text("placeType"), names);
            case "reception:document-issued" -> {
                names.add(RECEPTION_DOCUMENT_ISSUED);
                Set<String> members = new LinkedHashSet<>(e.records());
                for (JsonValue id : array(e.data(), "memberArrivalIds")) {
                    if (id instanceof JsonString s) {
                        members.add(s.getString());
                    }
                }
                about = members;
            }
            case "reception:vulnerability-recorded" -> names.add(RECEPTION_VULNERABILITY_RECORDED);
            case "rsd:claim-registered" -> names.add(RSD_CLAIM_REGISTERED);
            case "rsd:claim-lodged" -> names.add(RSD_CLAIM_LODGED);
            case "rsd:track-assigned" -> coded(RSD_TRACK, e.text("track"), names);
            case "rsd:interview-scheduled" -> names.add(RSD_INTERVIEW_SCHEDULED);
            case "rsd:decision-issued" -> names.add(RSD_DECISION_ISSUED);
            case "detention:order-issued" -> names.add(DETENTION_ORDER_ISSUED);
            case "detention:alternative-ordered" -> names.add(DETENTION_ALTERNATIVE_ORDERED);
            case "detention:released" -> names.add(DETENTION_RELEASED);
            case "detention:visit-recorded" -> names.add(DETENTION_VISIT_RECORDED);
            case "detention:finding-recorded" -> names.add(DETENTION_FINDING_RECORDED);
            case "detention:recommendation-made" -> names.add(DETENTION_RECOMMENDATION_MADE);
            case "return:decision-issued" -> names.add(RETURN_DECISION_ISSUED);
            case "return:execution-blocked" -> names.add(RETURN_EXECUTION_BLOCKED);
            // a hand-over at a land border is a removal carried out (OperationEvents publishes
            // the same data for both)
            case "return:removal-executed", "return:handed-over-at-border" ->
                    names.add(RETURN_REMOVAL_EXECUTED);
            case "return:gate-overridden" -> names.add(RETURN_GATE_OVERRIDDEN);
            case "return:avrr-referral-made" -> names.add(RETURN_AVRR_REFERRAL_MADE);
            case "return:protection-requested" -> names.add(RETURN_PROTECTION_REQUESTED);
            case "readmission:request-sent" -> names.add(READMISSION_REQUEST_SENT);
            case "readmission:request-replied" -> names.add(READMISSION_REQUEST_REPLIED);
            case "readmission:request-tacitly-accepted" -> names.add(READMISSION_TACITLY_ACCEPTED);
            case "readmission:transfer-executed" -> names.add(READMISSION_TRANSFER_EXECUTED);
            case "readmission:transfer-blocked" -> names.add(READMISSION_TRANSFER_BLOCKED);
            default -> {
                // every other event shows nothing the vocabulary names
            }
        }
        List<Seen> out = new ArrayList<>();
        for (String name : names) {
            out.add(new Seen(name, about, e));
        }
        return out;
    }

    /**
     * What every entry event carrying the encounter's state says: a recorded protection request
     * ({@code protectionRequested}) and an unaccompanied child (found at registration or later).
     */
    private static void entryState(TrailEvent e, List<String> names) {
        if (e.flag("protectionRequested")) {
            names.add(ENTRY_PROTECTION_REQUESTED);
        }
        if (e.flag("unaccompaniedChild")) {
            names.add(ENTRY_UNACCOMPANIED_CHILD);
        }
    }

    /**
     * A need noted under its code and under its category ({@code SC-UC} is also {@code SC}); a code
     * entry used before the suite's set (e.g. {@code POSSIBLE_VICTIM_OF_TRAFFICKING}) is read as
     * the code it became.
     */
    private static void specificNeed(String category, List<String> names) {
        var need = SpecificNeeds.resolve(category);
        if (need.isEmpty()) {
            names.add(ENTRY_SPECIFIC_NEED + category);
            return;
        }
        names.add(ENTRY_SPECIFIC_NEED + need.get().code());
        if (!need.get().isCategory()) {
            names.add(ENTRY_SPECIFIC_NEED + need.get().category());
        }
    }

    private static void coded(String prefix, String code, List<String> names) {
        if (code != null) {
            names.add(prefix + code);
        }
    }

    private static JsonArray array(JsonObject data, String field) {
        return data.get(field) instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
    }
}
