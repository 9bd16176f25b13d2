package org.asylon.entry.encounter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A specific need noticed at the border, who noted it and when; reception assesses it fully. */
@Embeddable
public class SpecificNeed {

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private SpecificNeedCategory category;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "noted_by", nullable = false)
    private String notedBy;

    @Column(name = "noted_at", nullable = false)
    private Instant notedAt;

    protected SpecificNeed() {
    }

    public SpecificNeed(SpecificNeedCategory category, String note, String notedBy, Instant notedAt) {
        this.category = category;
        this.note = note;
        this.notedBy = notedBy;
        this.notedAt = notedAt;
    }

    public SpecificNeedCategory category() {
        return category;
    }

    public String note() {
        return note;
    }

    public String notedBy() {
        return notedBy;
    }

    public Instant notedAt() {
        return notedAt;
    }
}
