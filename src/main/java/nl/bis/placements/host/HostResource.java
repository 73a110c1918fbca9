package nl.bis.placements.host;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.bis.placements.api.HostsApi;
import nl.bis.placements.api.model.HostApprovalDecision;
import nl.bis.placements.api.model.HostApprovalPage;
import nl.bis.placements.api.model.HostApprovalState;
import nl.bis.placements.api.model.HostInput;
import nl.bis.placements.api.model.PlacementTypeCode;
import nl.bis.placements.common.Roles;

public class HostResource implements HostsApi {

    @Inject
    HostRegister register;

    @Inject
    HostApprovals approvals;

    @Inject
    HostApprovalSearch search;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response listHosts(String countryCode, PlacementTypeCode placementType, Boolean includeInactive) {
        return Response.ok(register.list(countryCode, placementType == null ? null : placementType.toString(),
                Boolean.TRUE.equals(includeInactive)).stream().map(HostMapper::toApi).toList()).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getHost(Long hostId) {
        return withETag(Response.ok(), register.get(hostId));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response createHost(HostInput body) {
        HostEntity host = register.create(HostMapper.toInput(body));
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(host.id)).build()),
                host);
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response replaceHost(Long hostId, String ifMatch, HostInput body) {
        return withETag(Response.ok(), register.replace(hostId, ifMatch, HostMapper.toInput(body)));
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getPlacementHostApproval(Long placementId) {
        HostApprovals.View view = approvals.of(placementId);
        return Response.ok(HostMapper.toApi(placementId, view.approval(), view.placement())).build();
    }

    @Override
    @RolesAllowed({Roles.STAFF, Roles.COORDINATOR})
    public Response listHostApprovals(HostApprovalState status, PlacementTypeCode placementType, String countryCode,
                                      Integer page, Integer size) {
        HostApprovalSearch.Page result = search.page(status == null ? null : HostRules.Status.valueOf(status.name()),
                placementType == null ? null : placementType.toString(), countryCode, page, size);
        return Response.ok(new HostApprovalPage()
                .items(result.items().stream()
                        .map(v -> HostMapper.toApi(v.placement().id, v.approval(), v.placement())).toList())
                .page(result.page())
                .size(result.size())
                .totalItems(result.totalItems())
                .totalPages(result.totalPages())).build();
    }

    @Override
    @RolesAllowed(Roles.COORDINATOR)
    public Response decideHostApproval(Long hostApprovalId, HostApprovalDecision body) {
        HostApprovals.View view = approvals.decide(hostApprovalId,
                HostRules.Decision.valueOf(body.getDecision().name()), body.getReason(),
                new HostRegister.Contact(body.getContactName(), body.getContactEmail(), body.getContactPhone()));
        return Response.ok(HostMapper.toApi(view.placement().id, view.approval(), view.placement())).build();
    }

    private static Response withETag(Response.ResponseBuilder response, HostEntity host) {
        return response.entity(HostMapper.toApi(host)).tag(new EntityTag(String.valueOf(host.version))).build();
    }
}
