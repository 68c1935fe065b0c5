package com.dorsum.web.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /clinic/openapi}: the API's live description. Payara's MicroProfile OpenAPI service builds it from the
 * deployed resources but serves it only at the server root ({@code /openapi}; a nested context root such as
 * {@code clinic/openapi} is shadowed by this application), so this address sends clients there.
 */
@WebServlet("/openapi")
public class OpenApiRedirect extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_TEMPORARY_REDIRECT);
        response.setHeader("Location", "/openapi" + (query == null ? "" : "?" + query));
    }
}
