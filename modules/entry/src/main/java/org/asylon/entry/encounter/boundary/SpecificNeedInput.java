package org.asylon.entry.encounter.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.entry.encounter.control.Registration;
import org.asylon.entry.encounter.entity.SpecificNeedCategory;

/** A specific need noticed by the officer. */
public record SpecificNeedInput(
        @NotNull(message = "choose the category of the need") SpecificNeedCategory category,
        @Size(max = 1000) String note) {

    Registration.Need toNeed() {
        return new Registration.Need(category, note);
    }
}
