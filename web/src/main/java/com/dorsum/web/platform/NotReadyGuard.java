package com.dorsum.web.platform;

import com.dorsum.platform.SchemaMigration;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Answers 503 to everything but the health check while the schema is not fully migrated. */
@WebFilter(urlPatterns = "/*")
public class NotReadyGuard extends HttpFilter {

    @Inject
    SchemaMigration schema;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (schema.isReady() || request.getServletPath().startsWith("/health")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(503);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":503,\"title\":\"Service unavailable\","
                + "\"code\":\"NOT_READY\",\"detail\":\"The database schema is not ready\"}");
    }
}
