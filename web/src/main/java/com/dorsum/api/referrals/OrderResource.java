package com.dorsum.api.referrals;

import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.PageOf;
import com.dorsum.referrals.DiagnosticOrder;
import com.dorsum.referrals.OrderRequest;
import com.dorsum.referrals.OrderStatus;
import com.dorsum.referrals.Orders;
import com.dorsum.referrals.ResultDownload;
import com.dorsum.referrals.ResultFileCheck;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A patient's imaging and lab orders: order (CLINICIAN), list, follow the trail, receive the result (multipart:
 * {@code report}, {@code abnormal}, {@code file}), download result files.
 */
@Path("patients/{patientId: \\d+}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    Orders orders;

    @Inject
    ResultFileCheck fileCheck;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.CLINICIAN_NAME)
    @Operation(operationId = "createOrder", summary = "Order imaging or a blood test for a patient")
    @APIResponse(responseCode = "201", description = "The order", content = @Content(schema = @Schema(implementation = OrderDto.class)))
    @APIResponse(responseCode = "422", description = "A clinical rule refuses the order (e.g. R13)")
    public Response order(@PathParam("patientId") long patientId, OrderRequest request) {
        OrderDto body = dto(orders.order(patientId, request));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(body.id())).build())
                .entity(body).build();
    }

    /** PATIENT may call this too, for their own orders only. */
    @GET
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    @Operation(operationId = "listOrders", summary = "List a patient's orders")
    public PageOf<OrderDto> list(@PathParam("patientId") long patientId,
                                 @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("20") int size) {
        return orders.orders(patientId, page, size).map(this::dto);
    }

    @GET
    @Path("{orderId: \\d+}")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    @Operation(operationId = "getOrder", summary = "Get an order with its trail and result")
    public OrderDto get(@PathParam("patientId") long patientId, @PathParam("orderId") long orderId) {
        return dto(orders.order(patientId, orderId));
    }

    /** {@code {"to": "SCHEDULED" | "PERFORMED" | "CANCELLED" | "REVIEWED", "note": ...}}; REVIEWED by a clinician. */
    @POST
    @Path("{orderId: \\d+}/transitions")
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    @Operation(operationId = "advanceOrder", summary = "Move an order along its trail (scheduled, received, reviewed, cancelled)")
    @APIResponse(responseCode = "409", description = "The step is not allowed from the order's status")
    public OrderDto transition(@PathParam("patientId") long patientId, @PathParam("orderId") long orderId,
                               TransitionRequest transition) {
        TransitionRequest asked = transition == null ? new TransitionRequest() : transition;
        return dto(orders.advance(patientId, orderId, asked.target(OrderStatus.class), asked.getNote()));
    }

    /** The result as multipart/form-data: {@code report} (text), {@code abnormal} (true/false), {@code file}. */
    @POST
    @Path("{orderId: \\d+}/result")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME})
    @Operation(operationId = "receiveOrderResult", summary = "Receive an order's result with its report and file")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(ref = "ResultUpload")))
    @APIResponse(responseCode = "409", description = "The order is not waiting for a result")
    @APIResponse(responseCode = "413", description = "The file is larger than allowed")
    public OrderDto result(@PathParam("patientId") long patientId, @PathParam("orderId") long orderId,
                           List<EntityPart> parts) throws IOException {
        String report = null;
        boolean abnormal = false;
        EntityPart file = null;
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "report" -> report = part.getContent(String.class);
                case "abnormal" -> abnormal = Boolean.parseBoolean(part.getContent(String.class).trim());
                case "file" -> file = part;
                default -> throw new InvalidInput(part.getName(), "is not a part of a result"
                        + " (report, abnormal, file)");
            }
        }
        if (file == null) {
            return dto(orders.receiveResult(patientId, orderId, report, abnormal, null, null, null));
        }
        return dto(orders.receiveResult(patientId, orderId, report, abnormal, file.getFileName().orElse(null),
                file.getMediaType() == null ? null : file.getMediaType().toString(), readAtMostOneMoreThanAllowed(file)));
    }

    @GET
    @Path("{orderId: \\d+}/files/{fileId: \\d+}")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    @Operation(operationId = "downloadOrderFile", summary = "Download a result's file")
    @APIResponse(responseCode = "200", description = "The file as uploaded")
    public Response file(@PathParam("patientId") long patientId, @PathParam("orderId") long orderId,
                         @PathParam("fileId") long fileId) {
        ResultDownload download = orders.resultFile(patientId, orderId, fileId);
        return Response.ok(download.content(), download.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + download.filename() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Reads no more than the limit allows plus one byte, so that an oversized upload is refused, not buffered. */
    private byte[] readAtMostOneMoreThanAllowed(EntityPart file) {
        try (InputStream in = file.getContent()) {
            return in.readNBytes(fileCheck.maxBytes() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read", e);
        }
    }

    private OrderDto dto(DiagnosticOrder order) {
        return OrderDto.of(order, clock.getZone());
    }
}
