package org.asylon.reception.partner.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A partner to register: {@code purposes} maps each purpose (e.g. {@code CHILD_PROTECTION}) to the
 * fields it may receive (e.g. {@code ["NAMES","DATE_OF_BIRTH"]}); {@code users} are the user names
 * of its accounts.
 */
public record NewPartner(
        @NotBlank(message = "give the partner's name") @Size(max = 200) String name,
        @NotEmpty(message = "give at least one purpose with its fields")
                Map<String, List<String>> purposes,
        List<String> users) {}
