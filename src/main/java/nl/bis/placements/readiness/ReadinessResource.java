package nl.bis.placements.readiness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.bis.placements.api.ReadinessApi;
import nl.bis.placements.api.model.Readiness;
import nl.bis.placements.api.model.RecordInput;
import nl.bis.placements.api.model.Requirement;
import nl.bis.placements.api.model.RequirementCode;
import nl.bis.placements.api.model.RequirementStatus;
import nl.bis.placements.api.model.WaiverInput;
import nl.bis.placements.checklist.ChecklistMapper;
import nl.bis.placements.common.InvalidParameterException;
import nl.bis.placements.common.Roles;
import nl.bis.placements.preparation.PreparationMapper;

public class ReadinessResource implements ReadinessApi {

    @Inject
    ReadinessService service;

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getReadiness(Long placementId) {
        return Response.ok(toApi(service.readiness(placementId))).build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response waiveRequirement(Long placementId, RequirementCode requirement, WaiverInput input) {
        return Response.ok(toApi(service.waive(placementId, code(requirement), input.getReason()))).build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response recordRequirement(Long placementId, RequirementCode requirement, RecordInput input) {
        return Response.ok(toApi(service.record(placementId, code(requirement), input.getRecordedOn(),
                input.getResult() == null ? null : input.getResult().toString()))).build();
    }

    /** A blank path segment reaches here as null: the enum converter reads a blank value as absent. */
    private static ReadinessCheck.Code code(RequirementCode requirement) {
        if (requirement == null) {
            throw new InvalidParameterException("requirement", "must be one of " + List.of(RequirementCode.values()));
        }
        return ReadinessCheck.Code.valueOf(requirement.name());
    }

    private Readiness toApi(ReadinessService.View view) {
        return new Readiness()
                .placementId(view.placement().id)
                .status(nl.bis.placements.api.model.PlacementStatus.fromValue(view.placement().status.name()))
                .readyToDepart(view.readyToDepart())
                .readyToComplete(view.readyToComplete())
                .flaggedForReview(view.placement().flaggedForReview)
                .requirements(view.result().requirements().stream().map(r -> toApi(r, view)).toList())
                .checklistItems(view.checklistItems().stream()
                        .map(item -> ChecklistMapper.toApi(item, view.today())).toList());
    }

    private Requirement toApi(ReadinessCheck.Requirement r, ReadinessService.View view) {
        Requirement requirement = new Requirement()
                .code(RequirementCode.fromValue(r.code().name()))
                .status(RequirementStatus.fromValue(r.status().name()))
                .dueDate(r.dueDate())
                .detail(r.detail())
                .waivedBy(r.waiver() == null ? null : r.waiver().by())
                .waiverReason(r.waiver() == null ? null : r.waiver().reason())
                .recordedOn(r.record() == null ? null : r.record().on());
        if (r.code() == ReadinessCheck.Code.PREPARATION_MEETING && r.status() == ReadinessCheck.Status.UNMET) {
            requirement.nextMeetings(view.nextMeetings().stream()
                    .map(meeting -> PreparationMapper.toApi(meeting)).toList());
        }
        return requirement;
    }
}
