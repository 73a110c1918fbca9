package nl.bis.placements.placementtype;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import nl.bis.placements.api.PlacementTypesApi;
import nl.bis.placements.api.model.PlacementType;
import nl.bis.placements.api.model.PlacementTypeCode;

public class PlacementTypeResource implements PlacementTypesApi {

    @Inject
    PlacementTypeService service;

    @Override
    @PermitAll
    public Response listPlacementTypes() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(service.list().stream().map(PlacementTypeResource::toApi).toList()).cacheControl(cache).build();
    }

    static PlacementType toApi(PlacementTypeEntity type) {
        return new PlacementType()
                .code(PlacementTypeCode.fromValue(type.code))
                .nameNl(type.nameNl)
                .nameEn(type.nameEn)
                .description(type.description)
                .minDurationWeeks(type.minDurationWeeks)
                .maxDurationWeeks(type.maxDurationWeeks)
                .recommendedDurationWeeks(type.recommendedDurationWeeks)
                .registrationChannel(type.registrationChannel);
    }
}
