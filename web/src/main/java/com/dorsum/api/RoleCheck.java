package com.dorsum.api;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on every resource method before it runs: no credentials 401, wrong role 403.
 * A refused attempt on a patient's data ({@code patientId} in the path) is audited against that patient.
 * Resources must declare their roles; one without {@code @RolesAllowed} or {@code @PermitAll} is refused.
 */
@Provider
// Before any role filter the server may add itself, so that every refusal is audited and reads the same.
@Priority(Priorities.AUTHORIZATION - 100)
public class RoleCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    AuditTrail audit;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(Response.fromResponse(Problem.response(401, "Unauthorized", "UNAUTHORIZED",
                            "Sign in with HTTP Basic authentication"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"clinic\"").build());
            return;
        }
        if (allowed == null || Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            String patientId = request.getUriInfo().getPathParameters().getFirst("patientId");
            audit.refused(AuditAction.API_ACCESS, patientId == null ? null : Long.valueOf(patientId),
                    request.getMethod() + " " + request.getUriInfo().getPath() + ": role not allowed");
            request.abortWith(Problem.response(403, "Forbidden", "FORBIDDEN", "Your role does not allow this"));
        }
    }
}
