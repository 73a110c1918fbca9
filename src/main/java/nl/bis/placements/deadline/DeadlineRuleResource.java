package nl.bis.placements.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import nl.bis.placements.api.DeadlineRulesApi;
import nl.bis.placements.api.model.DeadlineRule;
import nl.bis.placements.api.model.DeadlineRuleInput;
import nl.bis.placements.api.model.PlacementTypeCode;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.Roles;

public class DeadlineRuleResource implements DeadlineRulesApi {

    @Inject
    DeadlineRuleService service;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response listDeadlineRules(PlacementTypeCode placementType, LocalDate activeOn, Boolean includeRetired) {
        return Response.ok(service.list(placementType == null ? null : placementType.toString(), activeOn,
                        Boolean.TRUE.equals(includeRetired) ? DeadlineRuleEntity.Retired.INCLUDED
                                : DeadlineRuleEntity.Retired.LEFT_OUT).stream()
                .map(DeadlineRuleResource::toApi).toList()).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getDeadlineRule(Long id) {
        return withETag(Response.ok(), service.get(id));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response createDeadlineRule(DeadlineRuleInput input) {
        DeadlineRuleEntity rule = service.create(toInput(input));
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(rule.id)).build()), rule);
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response replaceDeadlineRule(Long id, String ifMatch, DeadlineRuleInput input) {
        return withETag(Response.ok(), service.replace(id, ifMatch, toInput(input)));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response deleteDeadlineRule(Long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    private static Response withETag(Response.ResponseBuilder builder, DeadlineRuleEntity rule) {
        return builder.entity(toApi(rule)).tag(new EntityTag(String.valueOf(rule.version))).build();
    }

    private static RuleInput toInput(DeadlineRuleInput input) {
        return new RuleInput(input.getPlacementType().toString(), RuleKind.valueOf(input.getKind().toString()),
                input.getLeadTime(), input.getValidFrom(), input.getValidUntil(), input.getDescription());
    }

    static DeadlineRule toApi(DeadlineRuleEntity rule) {
        return new DeadlineRule()
                .id(rule.id)
                .placementType(PlacementTypeCode.fromValue(rule.placementType))
                .kind(nl.bis.placements.api.model.RuleKind.fromValue(rule.kind.name()))
                .leadTime(rule.leadTime)
                .validFrom(rule.validFrom)
                .validUntil(rule.validUntil)
                .description(rule.description)
                .retired(rule.retired)
                .version(rule.version)
                .createdBy(rule.createdBy)
                .createdAt(Instants.utc(rule.createdAt))
                .updatedBy(rule.updatedBy)
                .updatedAt(Instants.utc(rule.updatedAt));
    }
}
