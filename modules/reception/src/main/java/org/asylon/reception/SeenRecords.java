package org.asylon.reception;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The audit details of a list read: which records were shown, by id, not only how many. An audit
 * entry holds at most 4000 characters, so a long page is spread over several entries ("part 2 of
 * 5"); a page of nothing is one entry saying so.
 */
public final class SeenRecords {

    /** 100 ids of 36 characters and their commas, with room for the prefix, stay under 4000. */
    static final int IDS_PER_ENTRY = 100;

    private SeenRecords() {}

    /** One details text per audit entry to write, e.g. {@code "2 record(s): 4e5f…, 5f60…"}. */
    public static List<String> details(Collection<String> ids) {
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
