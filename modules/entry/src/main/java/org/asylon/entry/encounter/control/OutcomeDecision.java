package org.asylon.entry.encounter.control;

import org.asylon.entry.encounter.entity.OutcomeKind;

/**
 * An outcome as an officer decides it, or a supervisor revises it: a refusal names its ground, a
 * handover of a child to detention the reasons the profile asks for.
 */
public record OutcomeDecision(
        OutcomeKind outcome, String refusalGround, String note, String detentionReasons) {}
