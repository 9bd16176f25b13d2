package org.asylon.kernel.audit.entity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of an audit record: lower-case hex SHA-256 over a canonical encoding of all its fields
 * and the previous record's hash. The encoding is written down here so that an auditor can re-check
 * an exported trail with any tool, without Asylon.
 *
 * <p>Canonical encoding (bytes, no separators other than those shown):
 *
 * <pre>
 * encoding := field("asylon-audit/1") field(sequence) field(recordedAt) field(actor) field(action)
 *             field(recordType) field(recordId) field(details) field(requestId) field(previousHash)
 * field(v) := "~"                               when v is absent (details, requestId)
 *           | len ":" utf8(v) ","               otherwise; len = number of UTF-8 bytes, in decimal
 * sequence   : decimal, e.g. "42"
 * recordedAt : UTC, always millisecond precision, "2025-01-31T08:15:00.250Z"
 * </pre>
 *
 * Length prefixes (netstrings) make the encoding unambiguous: no choice of field values can make
 * two different records encode alike (say actor "ab" + action "c" and actor "a" + action "bc"), and
 * an empty value differs from an absent one. The leading format name lets a later encoding coexist
 * with this one.
 */
public final class AuditHash {

    /** The previous hash of the first record in the chain. */
    public static final String GENESIS = "0".repeat(64);

    static final String FORMAT = "asylon-audit/1";

    private static final DateTimeFormatter RECORDED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHash() {}

    public static String of(
            long sequence,
            Instant recordedAt,
            String actor,
            String action,
            String recordType,
            String recordId,
            String details,
            String requestId,
            String previousHash) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(
                                    canonical(
                                            sequence,
                                            recordedAt,
                                            actor,
                                            action,
                                            recordType,
                                            recordId,
                                            details,
                                            requestId,
                                            previousHash));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static byte[] canonical(
            long sequence,
            Instant recordedAt,
            String actor,
            String action,
            String recordType,
            String recordId,
            String details,
            String requestId,
            String previousHash) {
        var out = new ByteArrayOutputStream(256);
        field(out, FORMAT);
        field(out, Long.toString(sequence));
        field(out, recordedAt == null ? null : RECORDED_AT.format(recordedAt));
        field(out, actor);
        field(out, action);
        field(out, recordType);
        field(out, recordId);
        field(out, details);
        field(out, requestId);
        field(out, previousHash);
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.write('~');
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        out.write(',');
    }
}
