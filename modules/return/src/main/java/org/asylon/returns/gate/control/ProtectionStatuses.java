package org.asylon.returns.gate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.code.CountryCode;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.protection.control.Fears;
import org.asylon.returns.protection.control.FeedCatchUp;
import org.asylon.returns.protection.control.PersonRecords;
import org.asylon.returns.protection.control.ProtectionPictures;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * The person's protection state as the gate sees it now, for readmission right before it executes a
 * transfer (DESIGN.md, invariant 1: the check runs again at the moment of execution): the followed
 * feeds are read to their end first, as {@link Gate#clear} reads them, then every case and
 * projection row the links identify is weighed by the gate's rules. The person need not have a
 * return case. Audited as a read of personal data.
 */
@ApplicationScoped
public class ProtectionStatuses {

    static final String RECORD_TYPE = "protection-status";

    /** Longer is not an upstream id; it would not fit the audit trail's record id either. */
    static final int MAXIMUM_LINK = 100;

    private FeedCatchUp catchUp;
    private ProtectionPictures pictures;
    private Fears fears;
    private GateProfile profile;
    private AuditTrail audit;
    private Clock clock;

    protected ProtectionStatuses() {
        // for CDI's client proxy
    }

    @Inject
    public ProtectionStatuses(
            FeedCatchUp catchUp,
            ProtectionPictures pictures,
            Fears fears,
            GateProfile profile,
            AuditTrail audit,
            Clock clock) {
        this.catchUp = catchUp;
        this.pictures = pictures;
        this.fears = fears;
        this.profile = profile;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param links at least one of the RSD application, reception arrival and border encounter
     * @param destination the state the person is to be taken to, ISO 3166-1 alpha-3
     * @throws ProblemException 400 naming the parameter: no link, a link too long, no destination
     *     or not a country code
     */
    public ProtectionStatus status(ReturnCase.Links links, String destination, Caller caller) {
        ReturnCase.Links given =
                new ReturnCase.Links(
                        link("rsdApplicationId", links.rsdApplicationId()),
                        link("arrivalId", links.sourceArrivalId()),
                        link("encounterId", links.sourceEncounterId()));
        if (given.rsdApplicationId() == null
                && given.sourceArrivalId() == null
                && given.sourceEncounterId() == null) {
            throw ProblemException.badRequest(
                    "rsdApplicationId",
                    "give at least one of rsdApplicationId, arrivalId and encounterId");
        }
        if (destination == null || destination.isBlank()) {
            throw ProblemException.badRequest(
                    "destination", "give the state of the transfer, " + CountryCode.MESSAGE);
        }
        if (!Countries.isValid(destination.strip())) {
            throw ProblemException.badRequest("destination", CountryCode.MESSAGE);
        }
        String country = destination.strip();
        List<String> unread = catchUp.unreadFeeds();
        Instant at = clock.instant();
        PersonRecords records = pictures.recordsOf(given, at);
        ProtectionStatus status =
                ProtectionStatus.of(
                        at,
                        records.known(),
                        catchUp.followedFeeds(),
                        pictures.of(records, at, unread),
                        country,
                        fears.fearedCountries(records.claims(), records.requests()),
                        profile.policy());
        audit.record(
                caller.name(),
                "protection-status.read",
                RECORD_TYPE,
                recordId(given),
                "destination "
                        + country
                        + "; cases "
                        + records.cases().stream().map(ReturnCase::id).toList()
                        + "; facts "
                        + status.findings().stream().map(ProtectionStatus.Finding::rule).toList());
        return status;
    }

    private static String link(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAXIMUM_LINK) {
            throw ProblemException.badRequest(parameter, "at most " + MAXIMUM_LINK + " characters");
        }
        return value.strip();
    }

    /** The links as one record id: the person has no id of their own in this module. */
    static String recordId(ReturnCase.Links links) {
        List<String> parts = new ArrayList<>();
        if (links.rsdApplicationId() != null) {
            parts.add("rsd-application:" + links.rsdApplicationId());
        }
        if (links.sourceArrivalId() != null) {
            parts.add("arrival:" + links.sourceArrivalId());
        }
        if (links.sourceEncounterId() != null) {
            parts.add("encounter:" + links.sourceEncounterId());
        }
        String id = String.join(" ", parts);
        return id.length() > 200 ? id.substring(0, 200) : id;
    }
}
