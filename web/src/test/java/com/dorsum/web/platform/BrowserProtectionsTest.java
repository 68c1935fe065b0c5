package com.dorsum.web.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where TLS is required, plain HTTP is sent to HTTPS and HTTPS carries HSTS; where it is optional (the local run and
 * the test server), plain HTTP is served. The integration tests run the server with TLS optional, so the redirect
 * and HSTS are proven here.
 */
class BrowserProtectionsTest {

    private static final String POLICY = "default-src 'self'; frame-ancestors 'none'; script-src 'self'";

    @Test
    void plainHttpIsRedirectedToHttpsWhenTlsIsRequired() throws Exception {
        Exchange exchange = new Exchange("required", false, "/clinic/staff/patients.xhtml", "q=an");
        exchange.run();
        assertEquals(308, exchange.status);
        assertEquals("https://clinic.example:8181/clinic/staff/patients.xhtml?q=an", exchange.headers.get("Location"));
        assertFalse(exchange.chained, "nothing is served over plain HTTP");
    }

    @Test
    void httpsCarriesHstsWhenTlsIsRequired() throws Exception {
        Exchange exchange = new Exchange("required", true, "/clinic/login.xhtml", null);
        exchange.run();
        assertTrue(exchange.chained);
        assertEquals(BrowserProtections.HSTS, exchange.headers.get("Strict-Transport-Security"));
    }

    @Test
    void plainHttpIsServedWithoutHstsWhenTlsIsOptional() throws Exception {
        Exchange exchange = new Exchange("optional", false, "/clinic/login.xhtml", null);
        exchange.run();
        assertTrue(exchange.chained);
        assertNull(exchange.headers.get("Strict-Transport-Security"));
        assertEquals(POLICY + ";", exchange.headers.get("Content-Security-Policy"));
        assertEquals("no-store", exchange.headers.get("Cache-Control"));
    }

    @Test
    void sessionIdInTheUrlIsRefused() throws Exception {
        Exchange exchange = new Exchange("optional", false, "/clinic/staff/patients.xhtml;jsessionid=abc", null);
        exchange.run();
        assertEquals(400, exchange.status);
        assertFalse(exchange.chained);
    }

    /** One request through the filter, with request and response faked as far as the filter reads and writes. */
    private static final class Exchange {
        final Map<String, String> headers = new HashMap<>();
        int status = 200;
        boolean chained;
        private final BrowserProtections filter = new BrowserProtections();
        private final HttpServletRequest request;
        private final HttpServletResponse response;

        Exchange(String tls, boolean secure, String uri, String query) {
            filter.tls = tls;
            filter.httpsPort = 8181;
            filter.policy = POLICY + ";";
            request = fake(HttpServletRequest.class, Map.of(
                    "getDispatcherType", DispatcherType.REQUEST, "isSecure", secure, "getServerName", "clinic.example",
                    "getRequestURI", uri, "getServletPath", uri.substring("/clinic".length()),
                    "isRequestedSessionIdFromURL", false), query);
            response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setStatus" -> status = (Integer) args[0];
                        case "getWriter" -> new PrintWriter(new StringWriter());
                        default -> null;
                    });
        }

        void run() throws Exception {
            FilterChain chain = (req, res) -> chained = true;
            filter.doFilter(request, response, chain);
        }

        private static <T> T fake(Class<T> type, Map<String, Object> answers, String query) {
            return type.cast(Proxy.newProxyInstance(BrowserProtectionsTest.class.getClassLoader(),
                    new Class<?>[]{type}, (proxy, method, args) -> "getQueryString".equals(method.getName())
                            ? query : answers.get(method.getName())));
        }
    }
}
