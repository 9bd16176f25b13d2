package org.asylon.reception.arrival.control;

/**
 * Someone who arrived with the person in a boat or another travel group registered at the border:
 * the border's encounter and, once reception received them too, their arrival.
 *
 * @param arrivalId null while reception has no arrival for the companion
 */
public record Companion(
        String groupId,
        String groupKind,
        String groupLabel,
        String sourceEncounterId,
        String arrivalId) {}
