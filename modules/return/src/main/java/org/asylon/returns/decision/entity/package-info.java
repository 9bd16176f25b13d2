/**
 * The return decision (the aggregate that guards the rules of a return decision), its voluntary
 * departure period, entry ban, country of return and confirmed departure, its extensions and the
 * appeals against it; {@link org.asylon.returns.decision.entity.ReturnLaw} holds the profile's
 * rules they are checked against.
 */
package org.asylon.returns.decision.entity;
