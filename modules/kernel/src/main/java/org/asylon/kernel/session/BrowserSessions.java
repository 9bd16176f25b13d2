package org.asylon.kernel.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.asylon.kernel.security.Roles;
import org.asylon.kernel.security.WebSession;
import org.asylon.kernel.security.WebSessions;

/**
 * Signs officers in and out of the web app: the password is checked by the same identity stores as
 * HTTP Basic (so the embedded store's lockout after repeated wrong passwords applies alike), and
 * every sign-in, refused sign-in and sign-out goes on the module's audit trail, never with the
 * password. A refusal is recorded too, so the method commits rather than throwing.
 */
@ApplicationScoped
@Transactional
public class BrowserSessions {

    static final String RECORD_TYPE = "web-session";

    @Inject IdentityStoreHandler identityStores;

    @Inject WebSessions sessions;

    @Inject AuditTrail audit;

    /** A new session for valid credentials; empty (and recorded) for wrong ones. */
    public Optional<WebSessions.Opened> signIn(String user, String password, String replaced) {
        CredentialValidationResult result =
                identityStores.validate(new UsernamePasswordCredential(user, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            audit.record(
                    actor(user),
                    "web-session.refused",
                    RECORD_TYPE,
                    "none",
                    "unknown user, wrong password or locked");
            return Optional.empty();
        }
        // the browser's earlier session ends only now: a wrong password, sent by anyone who can
        // make
        // the officer's browser post, must not sign them out
        if (replaced != null) {
            sessions.close(replaced)
                    .ifPresent(old -> record(old.user(), "web-session.replaced", old, null));
        }
        Set<String> suiteRoles = Set.of(Roles.ALL);
        Set<String> roles =
                result.getCallerGroups().stream()
                        .filter(suiteRoles::contains)
                        .collect(Collectors.toSet());
        WebSessions.Opened opened = sessions.open(result.getCallerPrincipal().getName(), roles);
        record(
                opened.session().user(),
                "web-session.signed-in",
                opened.session(),
                "roles: " + String.join(", ", sortedRoles(roles)));
        return Optional.of(opened);
    }

    /** Ends the session the cookie names; what it was, if it was alive. */
    public Optional<WebSession> signOut(String cookie) {
        Optional<WebSession> closed = sessions.close(cookie);
        closed.ifPresent(s -> record(s.user(), "web-session.signed-out", s, null));
        return closed;
    }

    private void record(String actor, String action, WebSession session, String details) {
        audit.record(actor(actor), action, RECORD_TYPE, session.reference(), details);
    }

    private static String[] sortedRoles(Set<String> roles) {
        return Arrays.stream(Roles.ALL).filter(roles::contains).toArray(String[]::new);
    }

    /** A name typed at sign-in, made safe for the trail: no control characters, not too long. */
    static String actor(String typed) {
        String clean = typed.replaceAll("\\p{Cntrl}", "?").strip();
        if (clean.isEmpty()) {
            return "(blank)";
        }
        return clean.length() > AuditEntry.MAX_ACTOR
                ? clean.substring(0, AuditEntry.MAX_ACTOR)
                : clean;
    }
}
