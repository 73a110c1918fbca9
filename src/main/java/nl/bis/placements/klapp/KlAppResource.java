package nl.bis.placements.klapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.bis.placements.api.KlAppApi;
import nl.bis.placements.api.model.KlAppBatch;
import nl.bis.placements.api.model.KlAppBatchItemResult;
import nl.bis.placements.api.model.KlAppBatchResult;
import nl.bis.placements.api.model.KlAppRegistration;
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
        KlAppService.Result result = service.upsert(klAppId, KlAppMapper.toPayload(body));
        if (result.refusal() != null) {
            throw result.refusal(); // after the transaction kept the change for review
        }
        return state(result.outcome() == KlAppService.Outcome.CREATED
                ? Response.created(uriInfo.getAbsolutePath()) : Response.ok(), result);
    }

    /** Each item on its own, in its own transaction, in the order given. */
    @Override
    @RolesAllowed(Roles.KL_APP)
    public Response upsertKlAppRegistrations(KlAppBatch batch) {
        List<KlAppBatchItemResult> results = new ArrayList<>();
        int[] counts = new int[KlAppService.Outcome.values().length];
        for (Map<String, Object> item : batch.getItems()) {
            KlAppBatchItemResult result = KlAppMapper.batchResult(item, () -> {
                String klAppId = KlAppMapper.klAppIdOf(item);
                return service.upsert(klAppId, json.convertValue(KlAppMapper.withoutId(item), KlAppPayload.class));
            });
            counts[KlAppService.Outcome.valueOf(result.getOutcome().toString()).ordinal()]++;
            results.add(result);
        }
        return Response.ok(new KlAppBatchResult()
                .results(results)
                .created(counts[KlAppService.Outcome.CREATED.ordinal()])
                .updated(counts[KlAppService.Outcome.UPDATED.ordinal()])
                .unchanged(counts[KlAppService.Outcome.UNCHANGED.ordinal()])
                .refused(counts[KlAppService.Outcome.REFUSED.ordinal()])).build();
    }

    private static Response state(Response.ResponseBuilder builder, KlAppService.Result result) {
        return builder.entity(KlAppMapper.toState(result))
                .tag(new EntityTag(String.valueOf(result.placement().version))).build();
    }
}
