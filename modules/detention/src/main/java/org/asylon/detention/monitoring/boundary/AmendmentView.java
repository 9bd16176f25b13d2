package org.asylon.detention.monitoring.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.detention.monitoring.entity.Amendment;

/** An amendment: who added what, when. */
public record AmendmentView(String id, String text, Instant amendedAt, String amendedBy) {

    static List<AmendmentView> of(List<Amendment> amendments) {
        return amendments.stream()
                .map(a -> new AmendmentView(a.id(), a.text(), a.amendedAt(), a.amendedBy()))
                .toList();
    }
}
