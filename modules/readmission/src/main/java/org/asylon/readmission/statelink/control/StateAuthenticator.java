package org.asylon.readmission.statelink.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.asylon.kernel.security.Roles;
import org.asylon.kernel.security.TokenAuthenticator;
import org.asylon.readmission.partner.control.PartnerStates;

/**
 * Signs a partner state in from the token on its call ({@link StateToken}): the issuer must be an
 * active partner, the key id one of its current keys, the signature valid, the token addressed to
 * this state, fresh, bound to this method and path, and never seen before (a token presented twice
 * is a replay and is refused). The partner becomes the caller {@code state:<ISO3>} with the role
 * {@code partner-state}; the resource then reads the message id and the body hash from the same
 * token ({@link StateCaller}) and checks the body against the hash before it reads it.
 */
@ApplicationScoped
public class StateAuthenticator implements TokenAuthenticator {

    public static final String CALLER_PREFIX = "state:";

    private OwnState own;
    private PartnerStates partners;
    private SeenTokens seen;
    private Clock clock;

    protected StateAuthenticator() {
        // for CDI's client proxy
    }

    @Inject
    public StateAuthenticator(OwnState own, PartnerStates partners, SeenTokens seen, Clock clock) {
        this.own = own;
        this.partners = partners;
        this.seen = seen;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<Verdict> authenticate(String token, HttpServletRequest request) {
        if (!StateToken.ofThisKind(token)) {
            return Optional.empty();
        }
        return Optional.of(verdict(token, request));
    }

    private Verdict verdict(String token, HttpServletRequest request) {
        Optional<String> ownCountry = own.countryIfSet();
        if (ownCountry.isEmpty()) {
            return new Refused("This deployment exchanges no messages with partner states.");
        }
        String issuer = StateToken.claimedIssuer(token).orElse(null);
        String keyId = StateToken.header(token).map(h -> h.getString("kid", null)).orElse(null);
        if (issuer == null || keyId == null || partners.active(issuer).isEmpty()) {
            return new Refused(
                    "The token's issuer is not an active partner state of "
                            + ownCountry.get()
                            + ".");
        }
        Optional<PublicKey> key = partners.currentKey(issuer, keyId);
        if (key.isEmpty()) {
            return new Refused("The key '" + keyId + "' is not a current key of " + issuer + ".");
        }
        Optional<StateToken> verified = StateToken.verified(token, key.get());
        if (verified.isEmpty() || !issuer.equals(verified.get().issuer())) {
            return new Refused(
                    "The token's signature does not verify with the key '"
                            + keyId
                            + "' of "
                            + issuer
                            + ".");
        }
        StateToken t = verified.get();
        Instant now = clock.instant();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> refusal =
                StateTokenCheck.refusal(t, ownCountry.get(), request.getMethod(), path, now);
        if (refusal.isPresent()) {
            return new Refused(refusal.get());
        }
        if (!firstTime(t, now)) {
            return new Refused(
                    "This token was presented before: a replayed message is refused. Sign each"
                            + " attempt afresh (a new jti, the same mid).");
        }
        return new Accepted(CALLER_PREFIX + issuer, Set.of(Roles.PARTNER_STATE));
    }

    private boolean firstTime(StateToken t, Instant now) {
        try {
            return seen.firstTime(t, now);
        } catch (RuntimeException e) {
            // the same token on two concurrent calls: the other one recorded it first
            return false;
        }
    }
}
