package com.dorsum.it;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The running server as an attacker on the network sees it (issue 10, findings 1, 3 and 4): the administration
 * channel needs the password and is not reachable from outside this machine, HTTPS answers, every response carries
 * the browser protections and no banners, and the session cookie is sent once, HttpOnly and SameSite.
 */
class ServerHardeningIT extends ClinicDeployment {

    /** The test server's certificate is self-signed, generated with its domain: trusted here, for these tests only. */
    private static final HttpClient HTTP = HttpClient.newBuilder().sslContext(trustingEveryCertificate())
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void adminRestInterfaceRefusesARequestWithoutThePassword() throws Exception {
        HttpResponse<String> response = followingRedirects("http://localhost:" + TestEnvironment.adminPort()
                + "/management/domain/resources/jdbc-connection-pool/clinic-pool/property", null);
        assertEquals(401, response.statusCode(), response.body());
        assertFalse(response.body().contains("jdbc:"), "no pool properties without the password");
    }

    @Test
    void adminListenerIsBoundToLoopbackOnly() throws Exception {
        HttpResponse<String> listener = followingRedirects("https://localhost:" + TestEnvironment.adminPort()
                + "/management/domain/configs/config/server-config/network-config/network-listeners/"
                + "network-listener/admin-listener", "admin:" + TestEnvironment.adminPassword());
        assertEquals(200, listener.statusCode(), listener.body());
        assertTrue(listener.body().contains("\"address\":\"127.0.0.1\""), listener.body());
        Optional<InetAddress> outside = nonLoopbackAddress();
        if (outside.isPresent()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(outside.get(), TestEnvironment.adminPort()), 3_000);
                fail("the admin port answers on " + outside.get());
            } catch (ConnectException refused) {
                // as it should be
            }
        }
    }

    @Test
    void httpsAnswers() throws Exception {
        HttpResponse<String> response = get(TestEnvironment.httpsUrl() + "health/ready");
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void pagesCarryTheBrowserProtectionsAndAreNotCached() throws Exception {
        HttpResponse<String> page = get(TestEnvironment.baseUrl() + "login.xhtml");
        assertEquals(200, page.statusCode());
        assertProtected(page);
        assertEquals("no-store", header(page, "Cache-Control"));
        String policy = header(page, "Content-Security-Policy");
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[^']+'.*"), "PrimeFaces' nonce in " + policy);
        assertEquals(1, page.headers().allValues("Content-Security-Policy").size(), "one policy");
    }

    @Test
    void jsonCarriesTheBrowserProtectionsAndIsNotCached() throws Exception {
        HttpResponse<String> json = get(TestEnvironment.baseUrl() + "api/v1/patients",
                "frontdesk:" + Api.PASSWORD);
        assertEquals(200, json.statusCode(), json.body());
        assertProtected(json);
        assertEquals("no-store", header(json, "Cache-Control"));
    }

    @Test
    void staticResourcesCarryTheBrowserProtections() throws Exception {
        HttpResponse<String> css = get(TestEnvironment.baseUrl() + "jakarta.faces.resource/css/clinic.css.xhtml");
        assertEquals(200, css.statusCode());
        assertProtected(css);
        HttpResponse<String> error = get(TestEnvironment.baseUrl() + "no-such-page.html");
        assertEquals(404, error.statusCode());
        assertProtected(error);
    }

    @Test
    void noServerOrFrameworkBanners() throws Exception {
        for (String url : List.of(TestEnvironment.baseUrl() + "login.xhtml", TestEnvironment.baseUrl() + "api/v1/x",
                TestEnvironment.serverRoot() + "no-such-application/")) {
            HttpResponse<String> response = get(url);
            assertNull(response.headers().firstValue("Server").orElse(null), url);
            assertNull(response.headers().firstValue("X-Powered-By").orElse(null), url);
            assertFalse(response.body().contains("Payara"), url + ": " + response.body());
        }
    }

    @Test
    void serverRootLeadsToTheClinicNotToAWelcomePage() throws Exception {
        HttpResponse<String> root = followingRedirects(TestEnvironment.serverRoot(), null);
        assertFalse(root.body().contains("Payara"), root.body());
        assertTrue(root.uri().getPath().startsWith("/clinic/") || root.body().contains("url=/clinic/"),
                "ended at " + root.uri() + ": " + root.body());
    }

    @Test
    void metricsAreNotPublic() throws Exception {
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(
                URI.create(TestEnvironment.serverRoot() + "metrics")).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString());
        assertNotEquals(200, metrics.statusCode(), metrics.body());
        assertFalse(metrics.body().contains("# TYPE"), metrics.body());
    }

    @Test
    void sessionCookieIsSentOnceHttpOnlyAndSameSite() throws Exception {
        List<String> cookies = sessionCookies(get(TestEnvironment.baseUrl() + "login.xhtml"));
        assertEquals(1, cookies.size(), cookies.toString());
        assertTrue(cookies.get(0).contains("HttpOnly"), cookies.get(0));
        assertTrue(cookies.get(0).contains("SameSite=Lax"), cookies.get(0));
    }

    @Test
    void signInSendsTheNewSessionCookieOnce() throws Exception {
        HttpResponse<String> form = get(TestEnvironment.baseUrl() + "login.xhtml");
        String session = sessionCookies(form).get(0).split(";")[0];
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                .matcher(form.body());
        assertTrue(viewState.find(), form.body());
        String fields = "login=login&login%3Ausername=clinician&login%3Apassword=" + encode(Api.PASSWORD)
                + "&login%3AsignIn=&jakarta.faces.ViewState=" + encode(viewState.group(1));
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(
                        URI.create(TestEnvironment.baseUrl() + "login.xhtml")).timeout(Duration.ofSeconds(60))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        List<String> cookies = sessionCookies(signedIn);
        assertEquals(1, cookies.size(), signedIn.statusCode() + " " + cookies);
        assertNotEquals(session, cookies.get(0).split(";")[0], "a new session id at sign-in");
        assertTrue(cookies.get(0).contains("HttpOnly") && cookies.get(0).contains("SameSite=Lax"), cookies.get(0));
    }

    @Test
    void sessionCookieOverHttpsIsSecureAndSameSite() throws Exception {
        List<String> cookies = sessionCookies(get(TestEnvironment.httpsUrl() + "login.xhtml"));
        assertEquals(1, cookies.size(), cookies.toString());
        assertTrue(cookies.get(0).contains("Secure"), cookies.get(0));
        assertTrue(cookies.get(0).contains("HttpOnly"), cookies.get(0));
        assertTrue(cookies.get(0).contains("SameSite=Lax"), cookies.get(0));
    }

    private static void assertProtected(HttpResponse<String> response) {
        String policy = header(response, "Content-Security-Policy");
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("same-origin", header(response, "Referrer-Policy"));
        assertEquals("DENY", header(response, "X-Frame-Options"));
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name)
                .orElseThrow(() -> new AssertionError(name + " missing on " + response.uri()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static List<String> sessionCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return get(url, null);
    }

    private static HttpResponse<String> get(String url, String credentials) throws IOException, InterruptedException {
        return HTTP.send(request(url, credentials), HttpResponse.BodyHandlers.ofString());
    }

    /** Follows redirects by hand, the credentials going along (java.net.http drops none, but keeps them simple). */
    private static HttpResponse<String> followingRedirects(String url, String credentials)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request(url, credentials), HttpResponse.BodyHandlers.ofString());
        for (int hop = 0; hop < 5 && response.statusCode() / 100 == 3; hop++) {
            URI next = response.uri().resolve(header(response, "Location"));
            response = HTTP.send(request(next.toString(), credentials), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private static HttpRequest request(String url, String credentials) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, text/html;q=0.9");
        if (credentials != null) {
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder.build();
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return NetworkInterface.networkInterfaces().filter(nic -> {
            try {
                return nic.isUp() && !nic.isLoopback();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).findFirst();
    }

    private static SSLContext trustingEveryCertificate() {
        // An extended trust manager, so that JSSE does not add its own host name check around it.
        TrustManager trustAll = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{trustAll}, new SecureRandom());
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
