package org.asylon.rsd.application.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.asylon.kernel.problem.ProblemException;

/**
 * Where a page of the applications list ended, for keyset paging: the last application's making
 * time and id (the list's order), written as an opaque token. The next page starts strictly after
 * it, so a page never repeats or skips an application when others are added meanwhile.
 */
public record ListCursor(Instant madeAt, String id) {

    public String token() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((madeAt + " " + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor of {@code token}, null for none; a token this list did not give is a 400 naming
     * {@code field}.
     */
    public static ListCursor parse(String field, String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String text =
                    new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            int space = text.indexOf(' ');
            if (space < 0 || space == text.length() - 1) {
                throw new IllegalArgumentException(text);
            }
            return new ListCursor(
                    Instant.parse(text.substring(0, space)), text.substring(space + 1));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.badRequest(
                    field,
                    "is not a position this list gave: send the after of the previous"
                            + " page's Link rel=\"next\", or none for the first page");
        }
    }
}
