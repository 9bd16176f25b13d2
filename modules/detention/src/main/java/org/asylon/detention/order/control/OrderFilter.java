package org.asylon.detention.order.control;

import org.asylon.detention.order.entity.OrderStatus;

/** Which orders a listing shows (a field null: not filtered). */
public record OrderFilter(OrderStatus status, String facilityId, String personId, int limit) {}
