package org.asylon.reception;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import org.asylon.kernel.problem.ProblemException;

/**
 * Where a page of a list ended: the sort time and id of its last record. Lists are sorted newest
 * first, ties broken by id, so the next page is everything strictly after this position, however
 * many records arrive meanwhile (no page is skipped or repeated, as offsets would). Clients pass it
 * back as the opaque {@code after} cursor; its shape is not part of the contract.
 */
public record Keyset(Instant at, String id) {

    /**
     * @param cursor a cursor this module gave, or null or blank for the first page
     * @return null for the first page
     * @throws ProblemException 400 naming {@code field} for anything else
     */
    public static Keyset parse(String field, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text =
                    new String(
                            Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            int dot = text.indexOf('.');
            if (bar < 0 || dot < 0 || dot > bar || bar == text.length() - 1 || bar - dot > 10) {
                throw new IllegalArgumentException(text);
            }
            Instant at =
                    Instant.ofEpochSecond(
                            Long.parseLong(text.substring(0, dot)),
                            Long.parseLong(text.substring(dot + 1, bar)));
            return new Keyset(at, text.substring(bar + 1));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            throw ProblemException.badRequest(
                    field, "is not a cursor this list gave; start again without it");
        }
    }

    public static Keyset of(Instant at, String id) {
        return new Keyset(at, id);
    }

    public String encode() {
        String text = at.getEpochSecond() + "." + at.getNano() + "|" + id;
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
