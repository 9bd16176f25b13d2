package org.asylon.detention.order.entity;

/** Who ordered or reviews detention: an administrative authority or a court. */
public enum AuthorityKind {
    ADMINISTRATIVE,
    JUDICIAL
}
