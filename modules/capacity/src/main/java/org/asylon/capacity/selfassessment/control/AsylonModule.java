package org.asylon.capacity.selfassessment.control;

import java.util.List;

/**
 * The suite's modules as docs/architecture.md maps them to the Plan's components, with the modules
 * each one needs first. The prerequisites follow the event feeds: a module reads the facts of the
 * modules before it (reception reads entry's arrivals, rsd reads reception's referrals), so
 * adopting it first would leave it with nothing to read. Declared in the order the suite's
 * documentation lists them, which also breaks ties.
 */
public enum AsylonModule {
    ENTRY(
            "entry",
            "Border entry: registration at crossing points, protection requests, specific needs",
            List.of(3),
            List.of()),
    RECEPTION("reception", "Reception, profiling and referral", List.of(4, 5), List.of("entry")),
    RSD("rsd", "Refugee status determination", List.of(6, 7), List.of("reception")),
    DETENTION(
            "detention", "Detention and its independent monitoring", List.of(3), List.of("entry")),
    RETURN("return", "Return and alternative migration options", List.of(9), List.of("reception")),
    READMISSION(
            "readmission",
            "Secondary movements between states",
            List.of(8),
            List.of("identity", "return")),
    IDENTITY("identity", "Person registry and identity matching", List.of(2, 8), List.of("entry")),
    STATISTICS("statistics", "Data collection and analysis", List.of(2), List.of("entry"));

    private final String id;
    private final String purpose;
    private final List<Integer> components;
    private final List<String> prerequisites;

    AsylonModule(String id, String purpose, List<Integer> components, List<String> prerequisites) {
        this.id = id;
        this.purpose = purpose;
        this.components = components;
        this.prerequisites = prerequisites;
    }

    public String id() {
        return id;
    }

    public String purpose() {
        return purpose;
    }

    /** The Plan components (1–10) the module serves. */
    public List<Integer> components() {
        return components;
    }

    public List<AsylonModule> prerequisites() {
        return prerequisites.stream().map(AsylonModule::byId).toList();
    }

    public static AsylonModule byId(String id) {
        for (AsylonModule module : values()) {
            if (module.id.equals(id)) {
                return module;
            }
        }
        throw new IllegalArgumentException("no module " + id);
    }
}
