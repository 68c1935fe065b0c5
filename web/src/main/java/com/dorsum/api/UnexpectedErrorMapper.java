package com.dorsum.api;

import com.dorsum.platform.DomainException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.time.DateTimeException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a domain refusal: the client's HTTP mistakes (unknown path, wrong method, unreadable
 * JSON) as their own status, a refused EJB call as 403, a change that lost a race with another user's as 409,
 * anything else as a 500 without a stack trace or SQL.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        DomainException domain = domainCause(e);
        if (domain != null) {
            return new DomainExceptionMapper().toResponse(domain);
        }
        if (unreadableBody(e)) {
            return unreadable();
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 400) {
                return unreadable();
            }
            if (status == 401) {
                return Response.fromResponse(Problem.response(401, "Unauthorized", "UNAUTHORIZED",
                        "Sign in with HTTP Basic authentication"))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"clinic\"").build();
            }
            if (status == 403) {
                return Problem.response(403, "Forbidden", "FORBIDDEN", "Your role does not allow this");
            }
            return Problem.response(status, web.getResponse().getStatusInfo().getReasonPhrase(),
                    "HTTP_" + status, null);
        }
        if (isAccessRefusal(e)) {
            return Problem.response(403, "Forbidden", "FORBIDDEN", "Your role does not allow this");
        }
        if (concurrentChange(e)) {
            return Problem.response(409, "Conflict", "CONCURRENT_CHANGE",
                    "Someone else changed this at the same moment; nothing was saved. Reload and try again.");
        }
        LOG.log(Level.SEVERE, "unexpected error in the REST API", e);
        return Problem.response(500, "Internal error", "INTERNAL", "Something went wrong; it has been logged");
    }

    private static Response unreadable() {
        return Problem.response(400, "Invalid input", "VALIDATION", "The request body could not be read",
                Map.of("violations", DomainExceptionMapper.violation("body",
                        "must be JSON with the documented fields and formats (dates as 2026-12-01)")));
    }

    private static boolean unreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException || t instanceof DateTimeException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two users changed the same record at once: the version check (or a lock wait) refused the later one, whose
     * transaction was rolled back. Hibernate's own exception types are matched by name, as the API is all this
     * module compiles against.
     */
    static boolean concurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException) {
                return true;
            }
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals("org.hibernate.StaleStateException")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static DomainException domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return d;
            }
        }
        return null;
    }

    private static boolean isAccessRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}
