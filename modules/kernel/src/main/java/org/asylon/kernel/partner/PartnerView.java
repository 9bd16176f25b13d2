package org.asylon.kernel.partner;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A registered partner as every module's API shows it: purposes with their fields, accounts. */
public record PartnerView(
        String id,
        long version,
        String name,
        Map<String, List<String>> purposes,
        List<String> users,
        Instant registeredAt,
        String registeredBy) {

    public static PartnerView of(Partner p) {
        Map<String, List<String>> purposes = new TreeMap<>();
        p.purposes()
                .forEach(
                        g ->
                                purposes.put(
                                        g.purpose().name(),
                                        g.fields().stream().map(Enum::name).toList()));
        return new PartnerView(
                p.id(),
                p.version(),
                p.name(),
                purposes,
                p.users(),
                p.registeredAt(),
                p.registeredBy());
    }
}
