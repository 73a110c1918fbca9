package nl.bis.placements.progresstest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import nl.bis.placements.api.ProgressTestsApi;
import nl.bis.placements.api.model.ExemptionDecision;
import nl.bis.placements.api.model.ExemptionRequest;
import nl.bis.placements.api.model.ExemptionStatus;
import nl.bis.placements.api.model.ProgressTestExemptionPage;
import nl.bis.placements.api.model.ProgressTestInput;
import nl.bis.placements.common.Representations;
import nl.bis.placements.common.Roles;
import nl.bis.placements.progresstest.ProgressTestRules.ExemptionState;

/** Progress-test dates (staff keep them), the conflicts they make with placements, and exemptions from them. */
public class ProgressTestResource implements ProgressTestsApi {

    @Inject
    ProgressTests tests;

    @Inject
    Exemptions exemptions;

    @Inject
    ExemptionSearch search;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    // ------------------------------------------------------------------------------------------ tests

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response listProgressTests(LocalDate from, LocalDate to) {
        return Response.ok(tests.list(from, to).stream().map(ProgressTestMapper::toApi).toList()).build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response createProgressTest(ProgressTestInput body) {
        ProgressTestEntity test = tests.create(ProgressTestMapper.toInput(body));
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(test.id)).build()),
                test);
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getProgressTest(Long progressTestId) {
        return withETag(Response.ok(), tests.get(progressTestId));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response replaceProgressTest(Long progressTestId, String ifMatch, ProgressTestInput body) {
        return withETag(Response.ok(), tests.replace(progressTestId, ifMatch, ProgressTestMapper.toInput(body)));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response deleteProgressTest(Long progressTestId) {
        tests.delete(progressTestId);
        return Response.noContent().build();
    }

    // ------------------------------------------------------------------------------------------ conflicts

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response listPlacementProgressTestConflicts(Long placementId) {
        return Response.ok(exemptions.ofPlacement(placementId).stream().map(ProgressTestMapper::toApi).toList())
                .build();
    }

    @Override
    @RolesAllowed(Roles.STUDENT)
    public Response listMyProgressTestConflicts() {
        return Response.ok(exemptions.mine().stream().map(ProgressTestMapper::toApi).toList()).build();
    }

    // ------------------------------------------------------------------------------------------ exemptions

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response requestProgressTestExemption(Long placementId, ExemptionRequest body) {
        ExemptionEntity exemption = exemptions.request(placementId, body.getProgressTestId());
        return withETag(Response.created(uriInfo.getBaseUriBuilder().path("api/v1/progress-test-exemptions/{id}")
                .build(exemption.id)), exemption);
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getProgressTestExemption(Long exemptionId) {
        return withETag(Response.ok(), exemptions.get(exemptionId));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response decideProgressTestExemption(Long exemptionId, ExemptionDecision body) {
        return withETag(Response.ok(), exemptions.decide(exemptionId,
                ExemptionState.valueOf(body.getDecision().value()), body.getReason()));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response listProgressTestExemptions(ExemptionStatus status, Long progressTestId, Boolean conflictActive,
                                               Integer page, Integer size) {
        ExemptionSearch.Query query = new ExemptionSearch.Query(
                status == null ? null : ExemptionState.valueOf(status.name()), progressTestId, conflictActive);
        if (Representations.preferred(headers, MediaType.APPLICATION_JSON_TYPE, Representations.CSV)
                == Representations.CSV) {
            return Response.ok(ExemptionCsv.write(search.all(query)), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"progress-test-exemptions.csv\"").build();
        }
        ExemptionSearch.Page result = search.page(query, page, size);
        return Response.ok(new ProgressTestExemptionPage()
                .items(result.items().stream().map(ProgressTestMapper::toApi).toList())
                .page(result.page())
                .size(result.size())
                .totalItems(result.totalItems())
                .totalPages(result.totalPages()), MediaType.APPLICATION_JSON_TYPE).build();
    }

    // ---------------------------------------------------------------------------------------------

    private static Response withETag(Response.ResponseBuilder builder, ProgressTestEntity test) {
        return builder.entity(ProgressTestMapper.toApi(test)).type(MediaType.APPLICATION_JSON_TYPE)
                .tag(new EntityTag(String.valueOf(test.version))).build();
    }

    private static Response withETag(Response.ResponseBuilder builder, ExemptionEntity exemption) {
        return builder.entity(ProgressTestMapper.toApi(exemption)).type(MediaType.APPLICATION_JSON_TYPE)
                .tag(new EntityTag(String.valueOf(exemption.version))).build();
    }
}
