package com.dorsum.api.people;

import com.dorsum.people.Discipline;
import com.dorsum.people.ProviderDirectory;
import com.dorsum.platform.PageOf;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("providers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
public class ProviderResource {

    @Inject
    ProviderDirectory directory;

    @GET
    @Operation(operationId = "listProviders", summary = "List the providers, optionally of one discipline")
    public PageOf<ProviderDto> list(@QueryParam("discipline") Discipline discipline,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        return directory.providers(discipline, page, size).map(ProviderDto::of);
    }

    @GET
    @Path("{providerId: \\d+}")
    @Operation(operationId = "getProvider", summary = "Get a provider")
    public ProviderDto get(@PathParam("providerId") long providerId) {
        return ProviderDto.of(directory.provider(providerId));
    }
}
