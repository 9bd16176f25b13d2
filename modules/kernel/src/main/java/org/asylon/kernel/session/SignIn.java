package org.asylon.kernel.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST session}: the same user name and password as for HTTP Basic. */
public record SignIn(
        @NotNull(message = "give your user name") @Size(max = 200, message = "is too long")
                String user,
        @NotNull(message = "give your password") @Size(max = 1000, message = "is too long")
                String password) {

    @Override
    public String toString() {
        return "SignIn[user=" + user + "]";
    }
}
