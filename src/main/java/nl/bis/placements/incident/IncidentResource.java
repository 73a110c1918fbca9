package nl.bis.placements.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import nl.bis.placements.api.IncidentsApi;
import nl.bis.placements.api.model.IncidentCount;
import nl.bis.placements.api.model.IncidentFollowUpInput;
import nl.bis.placements.api.model.IncidentFollowUpStatus;
import nl.bis.placements.api.model.IncidentInput;
import nl.bis.placements.api.model.IncidentKind;
import nl.bis.placements.api.model.IncidentPage;
import nl.bis.placements.common.Representations;
import nl.bis.placements.common.Roles;

/**
 * Incident reports. The student of a placement and staff read and report incidents; coordinators get counts only (a
 * placement's number of incidents, the yearly summary) and are refused the incidents themselves (403).
 */
public class IncidentResource implements IncidentsApi {

    private static final MediaType CSV = Representations.CSV;

    @Inject
    IncidentService service;

    @Inject
    IncidentQueries queries;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response reportIncident(Long placementId, IncidentInput body) {
        IncidentEntity incident = service.report(placementId, new IncidentService.Report(
                IncidentMapper.toKind(body.getKind()), body.getOccurredOn(), body.getLocation(), body.getDescription()));
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/incidents/{id}").build(incident.id))
                .entity(IncidentMapper.toApi(incident)).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response listPlacementIncidents(Long placementId) {
        return Response.ok(queries.ofPlacement(placementId).stream().map(IncidentMapper::toApi).toList()).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getPlacementIncidentCount(Long placementId) {
        return Response.ok(new IncidentCount().placementId(placementId)
                .incidentCount(queries.countOf(placementId))).build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response listIncidents(IncidentFollowUpStatus followUp, IncidentKind kind, String countryCode,
                                  String studentNumber, LocalDate occurredFrom, LocalDate occurredTo, Integer page,
                                  Integer size) {
        IncidentQueries.Page result = queries.page(new IncidentQuery(
                followUp == null ? null : IncidentRules.FollowUp.valueOf(followUp.name()),
                kind == null ? null : IncidentMapper.toKind(kind), countryCode, studentNumber, occurredFrom,
                occurredTo), page, size);
        return Response.ok(new IncidentPage()
                .items(result.items().stream().map(IncidentMapper::toApi).toList())
                .page(result.page())
                .size(result.size())
                .totalItems(result.totalItems())
                .totalPages(result.totalPages())).build();
    }

    @Override
    @RolesAllowed({Roles.STAFF, Roles.COORDINATOR})
    public Response getIncidentSummary(Integer year) {
        IncidentQueries.Summary summary = queries.summary(year);
        if (representation() == CSV) {
            return Response.ok(IncidentCsv.write(summary), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"incident-summary-" + year + ".csv\"")
                    .build();
        }
        return Response.ok(IncidentMapper.toApi(summary), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response getIncident(Long incidentId) {
        return Response.ok(IncidentMapper.toApi(queries.get(incidentId))).build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response recordIncidentFollowUp(Long incidentId, IncidentFollowUpInput body) {
        return Response.ok(IncidentMapper.toApi(service.recordFollowUp(incidentId, body.getHandledOn(),
                body.getNote()))).build();
    }

    /** JSON unless the caller prefers an export (by order and quality in Accept); a wildcard means JSON. */
    private MediaType representation() {
        return Representations.preferred(headers, MediaType.APPLICATION_JSON_TYPE, CSV);
    }
}
