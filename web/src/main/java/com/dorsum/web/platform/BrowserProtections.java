package com.dorsum.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Locale;

/**
 * The browser protections of every response (SECURITY.md, "Transport and the browser"), in this one place:
 * <ul>
 *   <li>a Content-Security-Policy without {@code unsafe-eval}: pages get the one PrimeFaces' CSP mode sends with
 *   its per-request script nonce (web.xml {@code primefaces.CSP_POLICY}), everything else the same policy with
 *   scripts from the clinic's own files only;</li>
 *   <li>{@code nosniff}, same-origin referrers, no framing;</li>
 *   <li>{@code no-store} on all but the static resources: pages and JSON carry patient data, and after sign-out
 *   the Back button must find nothing in the browser's cache;</li>
 *   <li>where TLS is required ({@code clinic.tls=required}, the Docker default) plain HTTP is redirected to HTTPS
 *   and HSTS is sent;</li>
 *   <li>a session id in the URL is refused: sessions travel in the (HttpOnly, SameSite) cookie only, so a link or
 *   a referrer never carries one.</li>
 * </ul>
 * Mapped first in web.xml, for requests and error pages alike.
 */
public class BrowserProtections extends HttpFilter {

    static final String POLICY = "Content-Security-Policy";
    /** The policy PrimeFaces completes with its nonce; it ends with the {@code script-src} directive. */
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    @ConfigProperty(name = "clinic.tls", defaultValue = "optional")
    String tls;

    @Inject
    @ConfigProperty(name = "clinic.https-port", defaultValue = "8181")
    int httpsPort;

    String policy;

    @Override
    public void init() {
        policy = getServletContext().getInitParameter(POLICY_PARAMETER).trim() + ";";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean firstDispatch = request.getDispatcherType() == DispatcherType.REQUEST;
        if (firstDispatch && tlsRequired() && !request.isSecure()) {
            redirectToHttps(request, response);
            return;
        }
        if (firstDispatch && sessionIdInUrl(request)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Session ids in URLs are not accepted.");
            return;
        }
        response.setHeader(POLICY, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (tlsRequired() && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    private boolean tlsRequired() {
        return "required".equalsIgnoreCase(tls);
    }

    private void redirectToHttps(HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        String port = httpsPort == 443 ? "" : ":" + httpsPort;
        response.setStatus(308);
        response.setHeader("Location", "https://" + request.getServerName() + port + request.getRequestURI()
                + (query == null ? "" : "?" + query));
    }

    private static boolean sessionIdInUrl(HttpServletRequest request) {
        return request.isRequestedSessionIdFromURL()
                || request.getRequestURI().toLowerCase(Locale.ROOT).contains(";jsessionid=");
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** PrimeFaces adds its policy (with the nonce) as a header of its own: it replaces the general one. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
