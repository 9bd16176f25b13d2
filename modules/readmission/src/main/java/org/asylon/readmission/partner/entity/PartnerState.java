package org.asylon.readmission.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A state this one exchanges readmission requests with: where its system answers, and the regimes
 * (codes of the active profile's {@code readmission.regimes}) that bind the two. Known by its ISO
 * 3166 alpha-3 code, which is also the issuer its signed messages must name.
 */
@Entity
@Table(name = "partner_state")
public class PartnerState {

    @Id private String country;

    @Version private long version;

    @Column(name = "name", nullable = false)
    private String name;

    /**
     * The base URL of the partner's readmission module, e.g. https://dublin.example/readmission.
     */
    @Column(name = "endpoint", nullable = false)
    private String endpoint;

    @Column(name = "regimes", nullable = false)
    private String regimes;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    protected PartnerState() {}

    public PartnerState(
            String country,
            String name,
            String endpoint,
            List<String> regimes,
            String by,
            Instant at) {
        this.country = country;
        this.registeredAt = at;
        this.registeredBy = by;
        this.active = true;
        change(name, endpoint, regimes, true);
    }

    /** The partner's name, address, binding regimes and whether messages are exchanged at all. */
    public void change(String name, String endpoint, List<String> regimes, boolean active) {
        this.name = name;
        this.endpoint =
                endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        this.regimes = String.join(",", regimes);
        this.active = active;
    }

    public boolean binds(String regime) {
        return regimes().contains(regime);
    }

    public String country() {
        return country;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String endpoint() {
        return endpoint;
    }

    public List<String> regimes() {
        return regimes.isEmpty() ? List.of() : Arrays.asList(regimes.split(","));
    }

    public boolean active() {
        return active;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }
}
