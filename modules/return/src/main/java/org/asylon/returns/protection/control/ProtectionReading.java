package org.asylon.returns.protection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.returncase.control.ReturnCases;
import org.asylon.returns.returncase.entity.ReturnCase;

/** Reads a case's protection file, audited: it tells whether a person asked for protection. */
@ApplicationScoped
public class ProtectionReading {

    private ReturnCases cases;
    private ProtectionPictures pictures;
    private Fears fears;
    private RsdFeed rsd;
    private ActiveProfile profile;
    private AuditTrail audit;
    private Clock clock;

    protected ProtectionReading() {
        // for CDI's client proxy
    }

    @Inject
    public ProtectionReading(
            ReturnCases cases,
            ProtectionPictures pictures,
            Fears fears,
            RsdFeed rsd,
            ActiveProfile profile,
            AuditTrail audit,
            Clock clock) {
        this.cases = cases;
        this.pictures = pictures;
        this.fears = fears;
        this.rsd = rsd;
        this.profile = profile;
        this.audit = audit;
        this.clock = clock;
    }

    public ProtectionFile read(String caseId, Caller caller) {
        ReturnCase c = cases.require(caseId);
        Instant now = clock.instant();
        ProtectionFile file =
                new ProtectionFile(
                        c.id(),
                        rsd.followed(),
                        c.childOn(
                                now.atZone(profile.profile().calendar().zone()).toLocalDate(),
                                pictures.majority()),
                        pictures.claims(c),
                        pictures.requests(c),
                        pictures.stays(c),
                        pictures.determinations(c),
                        fears.fearedCountries(c.id()),
                        now);
        audit.record(caller.name(), "protection.read", ReturnCases.RECORD_TYPE, c.id(), null);
        return file;
    }
}
