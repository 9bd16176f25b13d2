package org.asylon.kernel.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A partner organisation (IOM, UNICEF, an NGO): the purposes it may receive data for, the fields
 * each purpose allows, and the user names of its accounts (users with the {@code partner} role).
 *
 * <p>An entity of the kernel, not a shape each module extends, because nothing about a partner
 * depends on the module that registers it. Every module that keeps a registry lists this class and
 * {@link PurposeGrant} in its {@code persistence.xml} and creates the tables {@code partner},
 * {@code partner_purpose} and {@code partner_user} in its own migrations (reception's V6 is the
 * reference); each module's registry lives in its own database, as the suite's modules share no
 * database.
 */
@Entity
@Table(name = "partner")
public class Partner {

    @Id private String id;

    @Version private long version;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_purpose", joinColumns = @JoinColumn(name = "partner_id"))
    private List<PurposeGrant> purposes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_user", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "user_name", nullable = false)
    private List<String> users = new ArrayList<>();

    protected Partner() {}

    public Partner(
            String name,
            Map<Purpose, Set<SharedField>> purposes,
            List<String> users,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        purposes.forEach((p, f) -> this.purposes.add(new PurposeGrant(p, f)));
        this.users.addAll(users);
        this.registeredBy = by;
        this.registeredAt = at;
    }

    /** The grant for a purpose, if the partner is registered for it. */
    public Optional<PurposeGrant> grant(Purpose purpose) {
        return purposes.stream().filter(g -> g.purpose() == purpose).findFirst();
    }

    public boolean hasUser(String user) {
        return user != null && users.contains(user);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public List<PurposeGrant> purposes() {
        return List.copyOf(purposes);
    }

    public List<String> users() {
        return List.copyOf(users);
    }
}
