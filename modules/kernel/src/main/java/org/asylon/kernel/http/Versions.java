package org.asylon.kernel.http;

import jakarta.ws.rs.core.EntityTag;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * Optimistic concurrency at the HTTP edge: a read carries the record's version as a strong ETag, an
 * update must send it back in {@code If-Match}. Two officers editing the same record cannot
 * overwrite each other silently; the JPA {@code @Version} check then closes the remaining window.
 */
public final class Versions {

    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * @throws ProblemException 428 without {@code If-Match}, 412 when it names another version
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "Send the ETag of the version you read in an If-Match header, so that no one else's change is overwritten.");
        }
        // formatted by hand, not through EntityTag: the rule also runs where no JAX-RS runtime is
        // (feeds, tests)
        String expected = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(expected)) {
                return;
            }
        }
        throw new ProblemException(
                ProblemType.PRECONDITION_FAILED,
                "The record was changed since you read it (current version "
                        + expected
                        + "). Read it again, check the changes, and retry.");
    }
}
