package org.asylon.readmission.partner.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A partner's public key, under the key id its tokens will carry. */
public record NewKey(
        @NotBlank
                @Size(max = 100)
                @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, digits and . _ : - only")
                String keyId,
        @NotBlank @Size(max = 4000) String publicKey) {}
