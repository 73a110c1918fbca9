package nl.bis.placements.klapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.bis.placements.api.KlAppApi;
import nl.bis.placements.api.model.KlAppBatch;
import nl.bis.placements.api.model.KlAppBatchItemResult;
import nl.bis.placements.api.model.KlAppBatchResult;
import nl.bis.placements.api.model.KlAppRegistration;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Roles;

public class KlAppResource implements KlAppApi {

    @Inject
    KlAppService service;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({Roles.KL_APP, Roles.STAFF})
    public Response getKlAppRegistration(String klAppId) {
        return state(Response.ok(), service.get(klAppId));
    }

    @Override
    @RolesAllowed(Roles.KL_APP)
    public Response upsertKlAppRegistration(String klAppId, KlAppRegistration body) {
        return switch (service.upsert(klAppId, KlAppMapper.toPayload(body))) {
            case KlAppService.Result.Created created -> state(Response.created(uriInfo.getAbsolutePath()), created);
            case KlAppService.Result.Updated updated -> state(Response.ok(), updated);
            case KlAppService.Result.Unchanged unchanged -> state(Response.ok(), unchanged);
            // After the transaction kept the change for review.
            case KlAppService.Result.Refused refused -> throw new ApiException(refused.problem());
        };
    }

    /** Each item on its own, in its own transaction, in the order given. */
    @Override
    @RolesAllowed(Roles.KL_APP)
    public Response upsertKlAppRegistrations(KlAppBatch batch) {
        List<KlAppBatchItemResult> results = new ArrayList<>();
        Map<KlAppBatchItemResult.OutcomeEnum, Integer> counts = new EnumMap<>(KlAppBatchItemResult.OutcomeEnum.class);
        for (Map<String, Object> item : batch.getItems()) {
            KlAppBatchItemResult result = KlAppMapper.batchResult(item, () -> {
                String klAppId = KlAppMapper.klAppIdOf(item);
                return service.upsert(klAppId, json.convertValue(KlAppMapper.withoutId(item), KlAppPayload.class));
            });
            counts.merge(result.getOutcome(), 1, Integer::sum);
            results.add(result);
        }
        return Response.ok(new KlAppBatchResult()
                .results(results)
                .created(counts.getOrDefault(KlAppBatchItemResult.OutcomeEnum.CREATED, 0))
                .updated(counts.getOrDefault(KlAppBatchItemResult.OutcomeEnum.UPDATED, 0))
                .unchanged(counts.getOrDefault(KlAppBatchItemResult.OutcomeEnum.UNCHANGED, 0))
                .refused(counts.getOrDefault(KlAppBatchItemResult.OutcomeEnum.REFUSED, 0))).build();
    }

    private static Response state(Response.ResponseBuilder builder, KlAppService.Result result) {
        return builder.entity(KlAppMapper.toState(result))
                .tag(new EntityTag(String.valueOf(result.placement().version))).build();
    }
}
