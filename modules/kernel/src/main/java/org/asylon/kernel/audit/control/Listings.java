package org.asylon.kernel.audit.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Audits a list read with the ids shown, not only how many: an audit entry holds at most 4000
 * characters, so a long list is spread over several entries ("part 2 of 5").
 */
public final class Listings {

    static final int IDS_PER_ENTRY = 100;

    private Listings() {}

    public static void audit(
            AuditTrail audit, String user, String action, String list, Collection<String> ids) {
        String query = list.length() > 200 ? list.substring(0, 200) : list;
        details(ids).forEach(seen -> audit.record(user, action, "list", query, seen));
    }

    static List<String> details(Collection<String> ids) {
        List<String> all = ids.stream().distinct().toList();
        if (all.isEmpty()) {
            return List.of("0 record(s)");
        }
        int parts = (all.size() + IDS_PER_ENTRY - 1) / IDS_PER_ENTRY;
        List<String> details = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            List<String> chunk =
                    all.subList(
                            part * IDS_PER_ENTRY, Math.min(all.size(), (part + 1) * IDS_PER_ENTRY));
            details.add(
                    all.size()
                            + " record(s)"
                            + (parts == 1 ? "" : " (part " + (part + 1) + " of " + parts + ")")
                            + ": "
                            + String.join(",", chunk));
        }
        return details;
    }
}
