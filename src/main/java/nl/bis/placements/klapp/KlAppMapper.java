package nl.bis.placements.klapp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.bis.placements.api.model.KlAppBatchItemResult;
import nl.bis.placements.api.model.KlAppRegistration;
import nl.bis.placements.api.model.KlAppRegistrationState;
import nl.bis.placements.api.model.PlacementStatus;
import nl.bis.placements.api.model.PlacementTypeCode;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.BatchItemProblems;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.Problem;
import nl.bis.placements.placement.PlacementDraft;
import nl.bis.placements.placement.PlacementEntity;

/** Between the contract's KL-app models and the feature's own types. */
final class KlAppMapper {

    private static final Pattern KL_APP_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private KlAppMapper() {
    }

    static KlAppPayload toPayload(KlAppRegistration body) {
        var destination = body.getDestination();
        return new KlAppPayload(body.getStudentNumber(), body.getStudentName(), body.getStudentEmail(),
                body.getPlacementType() == null ? null : body.getPlacementType().toString(),
                destination == null ? null : new PlacementDraft.Destination(destination.getCountryCode(),
                        destination.getCity(), destination.getHostInstitution()),
                body.getDepartureDate(), body.getReturnDate(), body.getDiscipline(),
                body.getRegisteredAt() == null ? null : body.getRegisteredAt().toInstant());
    }

    static KlAppRegistration toApi(KlAppPayload payload) {
        return new KlAppRegistration()
                .studentNumber(payload.studentNumber())
                .studentName(payload.studentName())
                .studentEmail(payload.studentEmail())
                .placementType(PlacementTypeCode.fromValue(payload.placementType()))
                .destination(new nl.bis.placements.api.model.Destination()
                        .countryCode(payload.destination().countryCode())
                        .city(payload.destination().city())
                        .hostInstitution(payload.destination().hostInstitution()))
                .departureDate(payload.departureDate())
                .returnDate(payload.returnDate())
                .discipline(payload.discipline())
                .registeredAt(Instants.utc(payload.registeredAt()));
    }

    static KlAppRegistrationState toState(KlAppService.Result result) {
        PlacementEntity p = result.placement();
        KlAppRegistrationEntity registration = result.registration();
        return new KlAppRegistrationState()
                .klAppId(p.klAppId)
                .placementId(p.id)
                .status(PlacementStatus.fromValue(p.status.name()))
                .late(p.late)
                .registrationCutoff(p.registrationCutoff)
                .ruleId(p.registrationRuleId)
                .version(p.version)
                .registeredAt(Instants.utc(p.registeredAt))
                .updatedAt(Instants.utc(p.updatedAt))
                .pendingChange(registration == null || registration.pendingChange == null ? null
                        : toApi(registration.pendingChange))
                .pendingSince(registration == null || registration.pendingSince == null ? null
                        : Instants.utc(registration.pendingSince));
    }

    static String klAppIdOf(Map<String, Object> item) {
        Object id = item.get("klAppId");
        if (!(id instanceof String text) || !KL_APP_ID.matcher(text).matches()) {
            throw ApiException.invalid("klAppId", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return text;
    }

    static Map<String, Object> withoutId(Map<String, Object> item) {
        Map<String, Object> copy = new LinkedHashMap<>(item);
        copy.remove("klAppId");
        return copy;
    }

    /** Runs one batch item and describes its outcome as the single PUT would have answered it. */
    static KlAppBatchItemResult batchResult(Map<String, Object> item, Supplier<KlAppService.Result> upsert) {
        KlAppBatchItemResult result = new KlAppBatchItemResult()
                .klAppId(item.get("klAppId") instanceof String id ? id : null);
        try {
            return switch (upsert.get()) {
                case KlAppService.Result.Created created -> result.placementId(created.placement().id).status(201)
                        .outcome(KlAppBatchItemResult.OutcomeEnum.CREATED);
                case KlAppService.Result.Updated updated -> result.placementId(updated.placement().id).status(200)
                        .outcome(KlAppBatchItemResult.OutcomeEnum.UPDATED);
                case KlAppService.Result.Unchanged unchanged -> result.placementId(unchanged.placement().id)
                        .status(200).outcome(KlAppBatchItemResult.OutcomeEnum.UNCHANGED);
                case KlAppService.Result.Refused refused -> refused(result.placementId(refused.placement().id),
                        refused.problem());
            };
        } catch (RuntimeException e) {
            return refused(result, BatchItemProblems.of(e));
        }
    }

    private static KlAppBatchItemResult refused(KlAppBatchItemResult result, Problem problem) {
        return result.status(problem.getStatus())
                .outcome(KlAppBatchItemResult.OutcomeEnum.REFUSED)
                .problem(toApi(problem));
    }

    private static nl.bis.placements.api.model.Problem toApi(Problem problem) {
        nl.bis.placements.api.model.Problem api = new nl.bis.placements.api.model.Problem()
                .type(problem.getType())
                .title(problem.getTitle())
                .status(problem.getStatus())
                .detail(problem.getDetail());
        if (problem.getViolations() != null) {
            api.setViolations(problem.getViolations().stream()
                    .map(v -> new nl.bis.placements.api.model.Violation().field(v.field()).message(v.message()))
                    .toList());
        }
        Map<String, Object> extensions = problem.getExtensions();
        if (extensions.get("cutoff") instanceof java.time.LocalDate cutoff) {
            api.setCutoff(cutoff);
        }
        if (extensions.get("ruleId") instanceof Long ruleId) {
            api.setRuleId(ruleId);
        }
        if (extensions.get("leadTime") instanceof String leadTime) {
            api.setLeadTime(leadTime);
        }
        if (extensions.get("conflictingPlacementId") instanceof Long placementId) {
            api.setConflictingPlacementId(placementId);
        }
        return api;
    }
}
