package org.asylon.detention.monitoring.entity;

import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.json.Jsons;

/**
 * What the module's records said about a finding's subject when the finding was made, stored with
 * the finding: a later placement, a later day record or a changed profile does not rewrite what the
 * monitor saw.
 *
 * @param basis the legal basis of the standard applied (from the active profile where it has the
 *     rule; an order's clocks name their own)
 * @param rooms for living space: the rooms checked (one for a finding on a room, every room for a
 *     finding on the place)
 * @param solitary for solitary confinement: the person named, or everyone at the place, in solitary
 *     confinement on the day or in a prolonged run
 * @param orders for the standards the orders show (children held, reviews overdue, releases
 *     overdue, a lapsed ground): the orders of the person named, or of everyone held at the place,
 *     that the standard concerned
 */
public record RecordsSnapshot(
        Instant takenAt,
        String basis,
        List<RoomCheck> rooms,
        List<SolitaryCheck> solitary,
        List<OrderCheck> orders) {

    public static RecordsSnapshot ofRooms(Instant takenAt, String basis, List<RoomCheck> rooms) {
        return new RecordsSnapshot(takenAt, basis, rooms, null, null);
    }

    public static RecordsSnapshot ofSolitary(
            Instant takenAt, String basis, List<SolitaryCheck> solitary) {
        return new RecordsSnapshot(takenAt, basis, null, solitary, null);
    }

    public static RecordsSnapshot ofOrders(Instant takenAt, String basis, List<OrderCheck> orders) {
        return new RecordsSnapshot(takenAt, basis, null, null, orders);
    }

    public String toJson() {
        return Jsons.toJson(this);
    }

    public static RecordsSnapshot fromJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Jsons.binding().fromJson(json, RecordsSnapshot.class);
        } catch (JsonbException e) {
            throw new IllegalStateException("a stored records snapshot cannot be read", e);
        }
    }
}
