package nl.bis.placements.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import nl.bis.placements.api.PlacementsApi;
import nl.bis.placements.api.model.NewPlacement;
import nl.bis.placements.api.model.PlacementSort;
import nl.bis.placements.api.model.PlacementTypeCode;
import nl.bis.placements.api.model.StatusChange;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.JsonMembers;
import nl.bis.placements.common.PlacementsConfig;
import nl.bis.placements.common.Representations;
import nl.bis.placements.common.Roles;
import nl.bis.placements.deadline.RulesInForce;
import nl.bis.placements.document.DocumentEntity;
import nl.bis.placements.document.DocumentMapper;
import org.jboss.resteasy.reactive.multipart.FileUpload;

public class PlacementResource implements PlacementsApi {

    private static final MediaType CSV = Representations.CSV;
    private static final MediaType XLSX = MediaType.valueOf(PlacementSpreadsheet.MEDIA_TYPE);

    @Inject
    PlacementRegistration registration;

    @Inject
    PlacementChanges changes;

    @Inject
    PlacementQueries queries;

    @Inject
    PlacementSearch search;

    @Inject
    PlacementDocuments documents;

    @Inject
    RulesInForce rules;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlacementsConfig config;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response registerPlacement(NewPlacement body) {
        PlacementEntity placement = registration.register(PlacementMapper.toDraft(body));
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(placement.id)).build()),
                placement);
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response listPlacements(nl.bis.placements.api.model.PlacementStatus status, PlacementTypeCode placementType,
                                   String countryCode, LocalDate departureFrom, LocalDate departureTo, Boolean late,
                                   String studentNumber, String q, PlacementSort placementSort, Integer page,
                                   Integer size) {
        PlacementQuery query = new PlacementQuery(status == null ? null : PlacementStatus.valueOf(status.name()),
                placementType == null ? null : placementType.toString(), countryCode, departureFrom, departureTo, late,
                studentNumber, q);
        MediaType representation = representation();
        if (representation == CSV) {
            requireStaff("Only staff may export placements as CSV.");
            return Response.ok(PlacementCsv.write(search.all(query, placementSort)), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"placements.csv\"").build();
        }
        if (representation == XLSX) {
            requireStaff("Only staff may export placements as a spreadsheet.");
            return Response.ok(PlacementSpreadsheet.write(search.all(query, placementSort), config.zone()), XLSX)
                    .header("Content-Disposition",
                            "attachment; filename=\"placements-" + LocalDate.now(clock) + ".xlsx\"").build();
        }
        PlacementPage result = search.page(query, page, size, placementSort);
        return Response.ok(new nl.bis.placements.api.model.PlacementPage()
                .items(result.items().stream().map(p -> PlacementMapper.toApi(p, PlacementMapper.leadTimeOf(p, rules))).toList())
                .page(result.page())
                .size(result.size())
                .totalItems(result.totalItems())
                .totalPages(result.totalPages()), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getPlacement(Long placementId) {
        return withETag(Response.ok(), queries.view(placementId));
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response updatePlacement(Long placementId, String ifMatch, JsonMembers patch) {
        return withETag(Response.ok(), changes.update(placementId, patch, ifMatch));
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response changePlacementStatus(Long placementId, StatusChange change, String ifMatch) {
        PlacementStatus to = PlacementStatus.valueOf(change.getStatus().toString());
        return withETag(Response.ok(), changes.changeStatus(placementId, to, change.getReason(), ifMatch));
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getPlacementHistory(Long placementId) {
        return Response.ok(queries.history(placementId).stream().map(PlacementMapper::toApi).toList()).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response uploadPlacementDocument(Long placementId, FileUpload file, String kind) {
        DocumentEntity document = documents.upload(placementId, kind, file);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/documents/{id}").build(document.id))
                .entity(DocumentMapper.toApi(document)).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response listPlacementDocuments(Long placementId) {
        return Response.ok(documents.of(placementId).stream().map(DocumentMapper::toApi).toList()).build();
    }

    private Response withETag(Response.ResponseBuilder builder, PlacementEntity placement) {
        return withETag(builder, PlacementView.of(placement));
    }

    private Response withETag(Response.ResponseBuilder builder, PlacementView placement) {
        return builder.entity(PlacementMapper.toApi(placement, PlacementMapper.leadTimeOf(placement, rules)))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .tag(new EntityTag(String.valueOf(placement.version()))).build();
    }

    /** JSON unless the caller prefers an export (by order and quality in Accept); a wildcard means JSON. */
    private MediaType representation() {
        return Representations.preferred(headers, MediaType.APPLICATION_JSON_TYPE, CSV, XLSX);
    }

    private void requireStaff(String detail) {
        if (!currentUser.hasRole(Roles.STAFF)) {
            throw ApiException.forbidden(detail);
        }
    }
}
