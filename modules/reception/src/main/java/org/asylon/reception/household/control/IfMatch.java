package org.asylon.reception.household.control;

import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * The kernel's If-Match rule ({@code Versions.requireMatch}: 428 without, 412 on another version)
 * for the strong ETags {@code "<version>"} that {@code Versions.etag} writes. Restated here because
 * the kernel's needs a JAX-RS runtime to build its EntityTag, and the register also runs off the
 * server (feed, tests).
 */
final class IfMatch {

    private IfMatch() {
    }

    static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the ETag of the version you read in an If-Match header, so that no one else's change is overwritten.");
        }
        String expected = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(expected)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The group was changed since you read it (current"
                + " version " + expected + "). Read it again, check the changes, and retry.");
    }
}
