package org.asylon.kernel.audit.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.asylon.kernel.audit.control.AuditFinding.Kind;
import org.asylon.kernel.audit.entity.AuditHash;
import org.asylon.kernel.persistence.KernelSequence;

/**
 * Walks the audit chain in sequence order, one page at a time, and reports every break: altered
 * records, gaps, broken links, a cut-off tail and records the trail never issued.
 *
 * <p>It reads the {@code audit-chain} counter twice, before and after the walk, so that it can run
 * while modules keep appending: a record and its counter commit together, so every number up to the
 * first reading must be in the table (else the tail was cut), and every record seen must be covered
 * by the second reading (else it was inserted behind the trail's back).
 *
 * <p>The chain detects any change short of rewriting every record from the change to the end, which
 * needs no secret, only SHA-256; comparing the reported head hash with one kept outside the
 * database catches that too.
 */
public final class AuditVerifier {

    public static final int DEFAULT_PAGE_SIZE = 1000;

    /**
     * Beyond this many, findings are counted but not listed: by then the report's point is made.
     */
    public static final int DEFAULT_MAX_FINDINGS = 1000;

    private final int pageSize;
    private final int maxFindings;
    private final Clock clock;

    public AuditVerifier() {
        this(DEFAULT_PAGE_SIZE, DEFAULT_MAX_FINDINGS, Clock.systemUTC());
    }

    public AuditVerifier(int pageSize, int maxFindings, Clock clock) {
        if (pageSize < 1 || maxFindings < 0) {
            throw new IllegalArgumentException(
                    "pageSize must be positive and maxFindings not negative");
        }
        this.pageSize = pageSize;
        this.maxFindings = maxFindings;
        this.clock = clock;
    }

    public AuditVerification verify(EntityManager em) {
        var checkedAt = clock.instant();
        long issuedBefore = KernelSequence.lastValue(em, KernelSequence.AUDIT_CHAIN);
        var walk = new Walk(issuedBefore);
        long after = Long.MIN_VALUE; // not 0: a forged record numbered 0 or below must be seen too
        List<ChainLink> page;
        do {
            page =
                    em.createQuery(
                                    ChainLink.SELECT
                                            + " WHERE r.sequenceNumber > :after ORDER BY r.sequenceNumber",
                                    ChainLink.class)
                            .setParameter("after", after)
                            .setMaxResults(pageSize)
                            .getResultList();
            page.forEach(walk::check);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).sequenceNumber();
            }
        } while (page.size() == pageSize);
        long issuedAfter = KernelSequence.lastValue(em, KernelSequence.AUDIT_CHAIN);
        walk.checkEnds(issuedAfter);
        return new AuditVerification(
                checkedAt,
                walk.count,
                walk.findingCount == 0,
                walk.headSequence,
                walk.headHash,
                walk.findingCount,
                walk.findings);
    }

    private final class Walk {

        long count;
        long expected = 1;
        long headSequence;
        String headHash = AuditHash.GENESIS;
        long findingCount;
        final List<AuditFinding> findings = new ArrayList<>();
        final long issuedBefore;
        // numbers beyond the first counter reading: appended during the walk, or forged; few either
        // way
        final List<Long> beyondIssued = new ArrayList<>();

        Walk(long issuedBefore) {
            this.issuedBefore = issuedBefore;
        }

        void check(ChainLink link) {
            count++;
            long sequence = link.sequenceNumber();
            if (sequence < 1) {
                add(
                        sequence,
                        Kind.OUTSIDE_CHAIN,
                        "Record "
                                + sequence
                                + " has a number the audit trail never issues (the chain starts at 1): it was inserted"
                                + " directly into the table.");
                return;
            }
            if (sequence > expected) {
                add(
                        expected,
                        Kind.GAP,
                        (sequence - expected == 1
                                        ? "Record " + expected + " is missing"
                                        : "Records "
                                                + expected
                                                + " to "
                                                + (sequence - 1)
                                                + " are missing")
                                + " from the chain: deleted.");
            } else if (!Objects.equals(link.previousHash(), headHash)) {
                add(
                        sequence,
                        Kind.BROKEN_LINK,
                        "Record "
                                + sequence
                                + " does not link to "
                                + (sequence == 1
                                        ? "the start of the chain"
                                        : "record " + (sequence - 1))
                                + ": its previous hash differs, so a record before it was deleted, inserted or replaced.");
            }
            if (!link.matchesItsHash()) {
                add(
                        sequence,
                        Kind.ALTERED,
                        "Record "
                                + sequence
                                + " was altered: its content no longer matches its hash.");
            }
            if (sequence > issuedBefore) {
                beyondIssued.add(sequence);
            }
            expected = sequence + 1;
            headSequence = sequence;
            headHash = link.hash();
        }

        void checkEnds(long issuedAfter) {
            if (headSequence < issuedBefore) {
                add(
                        headSequence + 1,
                        Kind.TRUNCATED,
                        (issuedBefore - headSequence == 1
                                        ? "Record " + issuedBefore + " is missing"
                                        : "Records "
                                                + (headSequence + 1)
                                                + " to "
                                                + issuedBefore
                                                + " are missing")
                                + " from the end of the chain: the trail had issued up to "
                                + issuedBefore
                                + ".");
            }
            for (long sequence : beyondIssued) {
                if (sequence > issuedAfter) {
                    add(
                            sequence,
                            Kind.OUTSIDE_CHAIN,
                            "Record "
                                    + sequence
                                    + " has a number the audit trail has not issued (it stands at "
                                    + issuedAfter
                                    + "): it was inserted directly into the table.");
                }
            }
        }

        private void add(long sequence, Kind kind, String message) {
            findingCount++;
            if (findings.size() < maxFindings) {
                findings.add(new AuditFinding(sequence, kind, message));
            }
        }
    }
}
