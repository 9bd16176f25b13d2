package org.asylon.kernel.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.asylon.kernel.http.SecurityHeaders;
import org.asylon.kernel.problem.Problem;
import org.asylon.kernel.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Authenticates each request from its {@code Authorization} header: HTTP Basic against the identity
 * stores (the embedded one in the default run), or a MicroProfile JWT bearer token from the
 * production identity provider when {@code mp.jwt.verify.publickey} (or its {@code .location}) and
 * {@code mp.jwt.verify.issuer} are configured; a bearer token of a module's own kind (a partner
 * state's signed message) goes to that module's {@link TokenAuthenticator} first. Without an {@code
 * Authorization} header, the officers' web app's session cookie is read ({@link BrowserSignIn}:
 * changes must carry the session's {@code X-CSRF-Token}). A request without credentials continues
 * anonymously and is then refused by {@link RoleCheck} wherever a role is required, which is
 * everywhere.
 */
@ApplicationScoped
public class SuiteAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SuiteAuthentication.class.getName());

    @Inject IdentityStoreHandler identityStores;

    @Inject Instance<TokenAuthenticator> tokenAuthenticators;

    @Inject WebSessions webSessions;

    @Inject Instance<EmbeddedIdentityStore> embeddedStore;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> publicKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    private JwtVerifier jwt;

    @PostConstruct
    void configureJwt() {
        Optional<String> key =
                publicKey
                        .filter(k -> !k.isBlank())
                        .or(
                                () ->
                                        publicKeyLocation
                                                .filter(l -> !l.isBlank())
                                                .map(SuiteAuthentication::read));
        if (key.isPresent() && issuer.isPresent()) {
            jwt =
                    new JwtVerifier(
                            JwtVerifier.rsaPublicKey(key.get()), issuer.get(), Clock.systemUTC());
            LOG.info(() -> "JWT bearer tokens accepted from issuer " + issuer.get());
        }
    }

    private static String read(String location) {
        try {
            return Files.readString(
                    Path.of(location.replaceFirst("^file:", "")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read mp.jwt.verify.publickey.location " + location, e);
        }
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return fromCookie(request, response, context);
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), response, context);
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<TokenAuthenticator.Verdict> own =
                    moduleToken(authorization.substring(7).trim(), request);
            if (own.isPresent()) {
                if (own.get() instanceof TokenAuthenticator.Accepted accepted) {
                    return context.notifyContainerAboutLogin(accepted.name(), accepted.roles());
                }
                return refuse(response, context, ((TokenAuthenticator.Refused) own.get()).detail());
            }
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7) && jwt != null) {
            return jwt.verify(authorization.substring(7).trim())
                    .map(
                            caller ->
                                    context.notifyContainerAboutLogin(
                                            caller.name(), caller.groups()))
                    .orElseGet(
                            () ->
                                    refuse(
                                            response,
                                            context,
                                            "The bearer token is not valid or has expired."));
        }
        return refuse(
                response,
                context,
                "Use HTTP Basic or a bearer token issued by the configured identity provider.");
    }

    /** The officers' web app: the {@code asylon_session} cookie, see {@link BrowserSignIn}. */
    private AuthenticationStatus fromCookie(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<String> cookie = SessionCookie.value(request);
        if (cookie.isEmpty()) {
            return context.doNothing();
        }
        BrowserSignIn.Decision decision =
                new BrowserSignIn(webSessions)
                        .decide(
                                request.getMethod(),
                                request.getRequestURI()
                                        .substring(request.getContextPath().length()),
                                null,
                                cookie.get(),
                                request.getHeader(BrowserSignIn.CSRF_HEADER));
        if (decision instanceof BrowserSignIn.SignedIn signedIn
                && traineeChanged(signedIn.session().user(), signedIn.session().roles())) {
            // a trainer closed the run: the trainee's open browser is signed out at once (Basic is
            // checked against the file at every request); signing in again gives the roles left
            webSessions.close(cookie.get());
            return context.doNothing();
        }
        if (decision instanceof BrowserSignIn.SignedIn signedIn) {
            return context.notifyContainerAboutLogin(
                    signedIn.session().user(), signedIn.session().roles());
        }
        if (decision instanceof BrowserSignIn.CsrfRefused refused) {
            return send(response, 403, ProblemType.CSRF_TOKEN_INVALID, refused.detail(), request);
        }
        return context.doNothing();
    }

    private boolean traineeChanged(String user, java.util.Set<String> roles) {
        return TrainingAccounts.isTrainingName(user)
                && embeddedStore.isResolvable()
                && !embeddedStore.get().rolesOf(user).equals(java.util.Optional.of(roles));
    }

    private Optional<TokenAuthenticator.Verdict> moduleToken(
            String token, HttpServletRequest request) {
        for (TokenAuthenticator authenticator : tokenAuthenticators) {
            Optional<TokenAuthenticator.Verdict> verdict =
                    authenticator.authenticate(token, request);
            if (verdict.isPresent()) {
                return verdict;
            }
        }
        return Optional.empty();
    }

    private AuthenticationStatus basic(
            String encoded, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse(response, context, "The Basic credentials are not valid Base64.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return refuse(response, context, "The Basic credentials must be user:password.");
        }
        CredentialValidationResult result =
                identityStores.validate(
                        new UsernamePasswordCredential(
                                decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return refuse(response, context, "Unknown user or wrong password.");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus refuse(
            HttpServletResponse response, HttpMessageContext context, String detail) {
        response.setHeader(
                "WWW-Authenticate",
                SecurityHeaders.challengeFor(context.getRequest(), Problem.CHALLENGE));
        return send(response, 401, ProblemType.NOT_AUTHENTICATED, detail, null);
    }

    private static AuthenticationStatus send(
            HttpServletResponse response,
            int status,
            ProblemType type,
            String detail,
            HttpServletRequest request) {
        try {
            response.setStatus(status);
            org.asylon.kernel.http.SecurityHeaders.applyTo(response);
            response.setContentType(Problem.MEDIA_TYPE);
            // as the API's own problems name it: the path under the application path
            String instance =
                    request == null
                            ? null
                            : request.getRequestURI()
                                    .substring(request.getContextPath().length())
                                    .replaceFirst("^/api/v1/", "/");
            response.getWriter().write(Problem.of(type, detail, instance).toJson().toString());
        } catch (IOException e) {
            LOG.fine(() -> "client went away during a " + status + ": " + e.getMessage());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
