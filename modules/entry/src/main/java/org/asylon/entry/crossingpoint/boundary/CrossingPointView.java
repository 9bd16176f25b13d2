package org.asylon.entry.crossingpoint.boundary;

import org.asylon.entry.crossingpoint.entity.CrossingPoint;
import org.asylon.entry.crossingpoint.entity.CrossingPointKind;

/** A crossing point as the API shows it. */
public record CrossingPointView(
        String id,
        String name,
        CrossingPointKind kind,
        String country,
        Double latitude,
        Double longitude,
        long version) {

    static CrossingPointView of(CrossingPoint point) {
        return new CrossingPointView(
                point.id(),
                point.name(),
                point.kind(),
                point.country(),
                point.latitude(),
                point.longitude(),
                point.version());
    }
}
