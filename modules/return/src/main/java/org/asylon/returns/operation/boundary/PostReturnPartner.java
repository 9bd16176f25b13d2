package org.asylon.returns.operation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The partner that reports back after return, with the user names of its accounts. */
public record PostReturnPartner(
        @NotBlank(message = "is required: the partner organisation") @Size(max = 200)
                String organisation,
        @NotEmpty(message = "is required: the user names of the partner's accounts") @Size(max = 20)
                List<@NotBlank @Size(max = 100) String> users) {

    List<String> trimmedUsers() {
        return users.stream().map(String::trim).toList();
    }
}
