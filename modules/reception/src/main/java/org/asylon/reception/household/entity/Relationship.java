package org.asylon.reception.household.entity;

import java.util.Locale;

/**
 * A member's relationship to the group's focal point (proGres: relationship to the focal point).
 */
public enum Relationship {
    FOCAL_POINT,
    SPOUSE,
    CHILD,
    SIBLING,
    PARENT,
    OTHER_RELATIVE,
    UNRELATED;

    /**
     * The relationship for a role named at the border (free text, e.g. head, wife, son). Anyone in
     * a family group whose role says nothing more is at least a relative.
     */
    public static Relationship fromBorderRole(String role) {
        String r = role == null ? "" : role.trim().toLowerCase(Locale.ROOT);
        return switch (r) {
            case "head", "focal point", "focal-point", "focal_point" -> FOCAL_POINT;
            case "spouse", "wife", "husband", "partner" -> SPOUSE;
            case "child", "son", "daughter" -> CHILD;
            case "sibling", "brother", "sister" -> SIBLING;
            case "parent", "mother", "father" -> PARENT;
            case "unrelated", "passenger" -> UNRELATED;
            default -> OTHER_RELATIVE;
        };
    }
}
