package org.asylon.returns.protection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.asylon.returns.protection.entity.ProtectionRequest;
import org.asylon.returns.protection.entity.RsdClaim;
import org.asylon.returns.returncase.control.ReturnCases;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * The countries a case's person fears: never a country of return while the fear has not been
 * examined. A fear stated in a request stays until RSD reports that every claim holding the request
 * ended without protection, one of them rejected on the merits; without RSD's feed it stays (the
 * desk cannot tell that the asylum authority examined it, so the officer chooses another country).
 */
@ApplicationScoped
public class Fears {

    private ReturnCases cases;
    private ProtectionPictures pictures;
    private RsdFeed rsd;

    protected Fears() {
        // for CDI's client proxy
    }

    @Inject
    public Fears(ReturnCases cases, ProtectionPictures pictures, RsdFeed rsd) {
        this.cases = cases;
        this.pictures = pictures;
        this.rsd = rsd;
    }

    /** ISO 3166-1 alpha-3 codes, sorted. */
    public List<String> fearedCountries(String caseId) {
        ReturnCase c = cases.require(caseId);
        return fearedCountries(pictures.claims(c), pictures.requests(c));
    }

    /** The countries the person fears, from their claims and requests (sorted codes). */
    public List<String> fearedCountries(List<RsdClaim> claims, List<ProtectionRequest> requests) {
        boolean followed = rsd.followed();
        return requests.stream()
                .filter(r -> !r.fearedCountries().isEmpty())
                .filter(r -> !followed || !examined(r, claims))
                .flatMap(r -> r.fearedCountries().stream())
                .distinct()
                .sorted()
                .toList();
    }

    /** Outcomes that mean the fear itself was examined on the merits and found unfounded. */
    static final Set<String> MERITS_REJECTIONS = Set.of("REJECTED", "MANIFESTLY_UNFOUNDED");

    /**
     * Every claim that holds the request has ended, none in protection, and at least one was
     * rejected on the merits: a withdrawal, an implicit withdrawal or an inadmissibility decision
     * (e.g. a safe third country) never examined the fear of the country of origin.
     */
    static boolean examined(ProtectionRequest request, List<RsdClaim> claims) {
        List<RsdClaim> holding =
                claims.stream()
                        .filter(c -> ProtectionPictures.claim(c).holds(request.madeAt()))
                        .toList();
        return !holding.isEmpty()
                && holding.stream().noneMatch(c -> c.claimPending() || c.protectionGranted())
                && holding.stream().anyMatch(c -> MERITS_REJECTIONS.contains(c.outcome()));
    }
}
