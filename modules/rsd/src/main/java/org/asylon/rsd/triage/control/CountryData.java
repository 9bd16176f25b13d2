package org.asylon.rsd.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.code.Country;
import org.asylon.kernel.code.CountryCode;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.triage.entity.RecognitionRate;
import org.asylon.rsd.triage.entity.SafeCountryOfOrigin;

/**
 * The country data the data-decided grounds read, kept by the RSD supervisor: each value with its
 * source and date, each change audited. A new record needs no If-Match; changing one does. Two
 * first-time records for one country sent at the same moment both find none: the second to store it
 * is told so (409), never a server error.
 */
@ApplicationScoped
@Transactional
public class CountryData {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;

    protected CountryData() {
        // for CDI's client proxy
    }

    @Inject
    public CountryData(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /** A record and whether it was created (true) or replaced. */
    public record Saved<T>(T record, boolean created) {}

    public List<RecognitionRate> rates() {
        return em.createQuery(
                        "SELECT r FROM RecognitionRate r ORDER BY r.nationality",
                        RecognitionRate.class)
                .getResultList();
    }

    public Saved<RecognitionRate> recordRate(
            String nationality,
            String ifMatch,
            BigDecimal percent,
            String period,
            String source,
            LocalDate asOf,
            String user) {
        country("nationality", nationality);
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw ProblemException.invalidField("ratePercent", "a percentage from 0 to 100");
        }
        required("period", period);
        required("source", source);
        date("asOf", asOf);
        RecognitionRate rate = em.find(RecognitionRate.class, nationality);
        boolean created = rate == null;
        if (created) {
            rate = new RecognitionRate(nationality);
        } else {
            Versions.requireMatch(ifMatch, rate.version());
        }
        rate.record(percent, period.strip(), source.strip(), asOf, user, Instant.now(clock));
        if (created) {
            em.persist(rate);
        }
        flush(created, "recognition rate", nationality, "recognition-rates");
        audit.record(
                user,
                "recognition-rate.recorded",
                "recognition-rate",
                nationality,
                percent.toPlainString() + " % (" + period.strip() + ", as of " + asOf + ")");
        return new Saved<>(rate, created);
    }

    public List<SafeCountryOfOrigin> safeCountries() {
        return em.createQuery(
                        "SELECT s FROM SafeCountryOfOrigin s ORDER BY s.country",
                        SafeCountryOfOrigin.class)
                .getResultList();
    }

    public Saved<SafeCountryOfOrigin> designate(
            String country,
            String ifMatch,
            String basis,
            String source,
            LocalDate designatedOn,
            String user) {
        if (!country("country", country).namesAState()) {
            throw ProblemException.invalidField(
                    "country",
                    country
                            + " names no state; only a state is designated a"
                            + " safe country of origin");
        }
        required("basis", basis);
        required("source", source);
        date("designatedOn", designatedOn);
        SafeCountryOfOrigin s = em.find(SafeCountryOfOrigin.class, country);
        boolean created = s == null;
        if (created) {
            s = new SafeCountryOfOrigin(country);
        } else {
            Versions.requireMatch(ifMatch, s.version());
        }
        s.record(basis.strip(), source.strip(), designatedOn, user, Instant.now(clock));
        if (created) {
            em.persist(s);
        }
        flush(created, "safe-country-of-origin designation", country, "safe-countries-of-origin");
        audit.record(
                user,
                "safe-country-of-origin.designated",
                "safe-country-of-origin",
                country,
                basis.strip());
        return new Saved<>(s, created);
    }

    /**
     * The designation ends (e.g. suspended by delegated act); applications already triaged keep
     * their track.
     */
    public void revoke(String country, String ifMatch, String user) {
        SafeCountryOfOrigin s = em.find(SafeCountryOfOrigin.class, country);
        if (s == null) {
            throw ProblemException.notFound("safe-country-of-origin designation", country);
        }
        Versions.requireMatch(ifMatch, s.version());
        em.remove(s);
        audit.record(
                user, "safe-country-of-origin.revoked", "safe-country-of-origin", country, null);
    }

    /**
     * Stores the change; a record created meanwhile by a concurrent request is a conflict, not a
     * failure.
     */
    private void flush(boolean created, String what, String key, String path) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (created && duplicateKey(e)) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "A "
                                + what
                                + " for "
                                + key
                                + " was recorded by"
                                + " another request at the same moment. Read it (GET "
                                + path
                                + ") and send its version in"
                                + " If-Match to change it.");
            }
            throw e;
        }
    }

    /** A unique-key violation (SQLState 23505 in Derby and PostgreSQL) anywhere in the causes. */
    static boolean duplicateKey(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void date(String field, LocalDate date) {
        if (date == null) {
            throw ProblemException.invalidField(field, "a date (YYYY-MM-DD) is required");
        }
        if (date.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1))) {
            throw ProblemException.invalidField(field, "is in the future");
        }
    }

    private static Country country(String field, String code) {
        Country country =
                Countries.find(code)
                        .filter(Country::inUse)
                        .orElseThrow(
                                () -> ProblemException.invalidField(field, CountryCode.MESSAGE));
        // one record per country: triage finds the data of a German passport's D under DEU
        if (!country.comparableCode().equals(code)) {
            throw ProblemException.invalidField(
                    field,
                    code
                            + " is how travel documents write "
                            + country.name()
                            + "; country data is kept under "
                            + country.comparableCode());
        }
        return country;
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "is required");
        }
    }
}
