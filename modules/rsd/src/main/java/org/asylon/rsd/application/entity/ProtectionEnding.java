package org.asylon.rsd.application.entity;

import java.util.List;

/**
 * How protection granted by a decision ends under the active profile: the profile's rule, its legal
 * basis and the procedures it names (e.g. cessation). None of them is a desk action of this module.
 */
public record ProtectionEnding(String rule, String basis, List<String> procedures) {

    public ProtectionEnding {
        procedures = List.copyOf(procedures);
    }
}
