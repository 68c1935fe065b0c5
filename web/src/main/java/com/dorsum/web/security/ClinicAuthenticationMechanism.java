package com.dorsum.web.security;

import com.dorsum.security.Accounts;
import com.dorsum.security.SignInResult;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One mechanism for both doors. The REST API ({@code /api/*}) is stateless HTTP Basic: every request carries its
 * credentials and no session is created. The screens use the login form: a successful sign-in is kept in the
 * HTTP session (which ends after 15 idle minutes), and a protected page without it redirects to the login page.
 * Both check the password through {@link Accounts#signIn} with the client address ({@link ClientAddresses}); while
 * failed sign-ins delay the name or the address, the API answers 429 {@code SIGN_IN_DELAYED} with
 * {@code Retry-After}, and the form tells when to try again ({@link #DELAYED_UNTIL}).
 */
@ApplicationScoped
@DeclareRoles({"FRONT_DESK", "CLINICIAN", "PATIENT", "ADMIN"})
public class ClinicAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = ClinicAuthenticationMechanism.class.getName();
    /** Request attribute: the {@link Instant} until which a refused form sign-in was delayed. */
    static final String DELAYED_UNTIL = SESSION_KEY + ".delayedUntil";
    private static final Logger LOG = Logger.getLogger(ClinicAuthenticationMechanism.class.getName());
    private static final String BASIC = "Basic ";

    /** What the session remembers of a sign-in. */
    record SessionCaller(String name, Set<String> groups) implements java.io.Serializable {
    }

    @Inject
    Accounts accounts;

    @Inject
    ClientAddresses clientAddresses;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (request.getServletPath().startsWith("/api")) {
            return basic(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formSignIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return unauthorized(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(response, context);
        }
        String username = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        SignInResult result = check(() -> accounts.authenticateRequest(username, password,
                clientAddresses.of(request)));
        if (result.delayed()) {
            return delayed(response, context, result.delayedUntil());
        }
        if (!result.admitted()) {
            return unauthorized(response, context);
        }
        return context.notifyContainerAboutLogin(result.signedIn().username(), result.signedIn().groups());
    }

    private static SignInResult check(Supplier<SignInResult> signIn) {
        try {
            return signIn.get();
        } catch (RuntimeException e) {
            // E.g. the database is away: the sign-in fails like a wrong password, without a stack trace to anyone.
            LOG.log(Level.WARNING, "sign-in could not be checked: {0}", e.toString());
            return SignInResult.REFUSED;
        }
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context,
                                            Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInResult result = check(() -> accounts.signIn(given.getCaller(), given.getPassword().getValue(),
                clientAddresses.of(request)));
        if (!result.admitted()) {
            if (result.delayed()) {
                request.setAttribute(DELAYED_UNTIL, result.delayedUntil());
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in, so a session id planted before it is worthless afterwards.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_KEY,
                new SessionCaller(result.signedIn().username(), Set.copyOf(result.signedIn().groups())));
        return context.notifyContainerAboutLogin(result.signedIn().username(), result.signedIn().groups());
    }

    /** Seconds until {@code until}, at least 1, as {@code Retry-After} and the form's message say it. */
    static long secondsUntil(Instant until) {
        return Math.max(1, Duration.between(Instant.now(), until).plusMillis(999).toSeconds());
    }

    private static AuthenticationStatus delayed(HttpServletResponse response, HttpMessageContext context,
                                                Instant until) {
        long seconds = secondsUntil(until);
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":429,\"title\":\"Too Many Requests\","
                    + "\"code\":\"SIGN_IN_DELAYED\",\"detail\":\"Too many failed sign-ins: try again in " + seconds
                    + " seconds\",\"retryAfter\":" + seconds + "}");
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"clinic\"");
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":401,\"title\":\"Unauthorized\","
                    + "\"code\":\"UNAUTHORIZED\",\"detail\":\"Unknown user name or wrong password\"}");
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
