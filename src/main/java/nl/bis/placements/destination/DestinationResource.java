package nl.bis.placements.destination;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import nl.bis.placements.api.DestinationsApi;
import nl.bis.placements.api.model.CbsClassification;
import nl.bis.placements.api.model.Country;
import nl.bis.placements.api.model.Region;
import nl.bis.placements.api.model.TravelAdviceChange;
import nl.bis.placements.api.model.TravelAdviceEntry;
import nl.bis.placements.api.model.TravelAdviceSet;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.Roles;

public class DestinationResource implements DestinationsApi {

    @Inject
    DestinationService service;

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response listDestinations(Region region, Boolean requiresPreparationMeeting,
                                     nl.bis.placements.api.model.TravelAdvice travelAdvice) {
        return Response.ok(service.list(region == null ? null : region.toString(), requiresPreparationMeeting,
                        travelAdvice == null ? null : TravelAdvice.valueOf(travelAdvice.name())).stream()
                .map(DestinationResource::toApi).toList()).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getDestination(String countryCode) {
        return withETag(service.get(countryCode));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response setTravelAdvice(String countryCode, TravelAdviceChange change, String ifMatch) {
        DestinationEntity d = service.setTravelAdvice(countryCode,
                TravelAdvice.valueOf(change.getTravelAdvice().toString()), change.getReason(), ifMatch);
        DestinationService.AbroadToday abroad = service.abroadToday(countryCode);
        TravelAdviceSet answer = new TravelAdviceSet()
                .countryCode(d.countryCode)
                .nameEn(d.nameEn)
                .region(Region.fromValue(d.region))
                .cbsClassification(CbsClassification.fromValue(d.cbsClassification))
                .caribbeanPartOfKingdom(d.caribbeanPartOfKingdom)
                .requiresPreparationMeeting(d.requiresPreparationMeeting)
                .travelAdvice(advice(d.travelAdvice))
                .travelAdviceChangedAt(Instants.utc(d.travelAdviceChangedAt))
                .travelAdviceChangedBy(d.travelAdviceChangedBy)
                .version(d.version)
                .studentsAbroadNow(Math.toIntExact(abroad.students()));
        Response.ResponseBuilder response = Response.ok(answer).tag(new EntityTag(String.valueOf(d.version)));
        if (d.travelAdvice.forbidsStudyTravel()) {
            // Who is there now, and how to reach them: the office's next call when the advice turns orange or red.
            String list = "/api/v1/abroad?countryCode=" + d.countryCode + "&on=" + abroad.on();
            answer.abroadNow(list);
            response.header("Link", "<" + list + ">; rel=\"related\"");
        }
        return response.build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getTravelAdviceHistory(String countryCode) {
        return Response.ok(service.history(countryCode).stream().map(c -> new TravelAdviceEntry()
                .id(c.id)
                .at(Instants.utc(c.changedAt))
                .by(c.changedBy)
                .from(advice(c.fromAdvice))
                .to(advice(c.toAdvice))
                .reason(c.reason)
                .flaggedPlacements(c.flaggedPlacements)).toList()).build();
    }

    private static Response withETag(DestinationEntity destination) {
        return Response.ok(toApi(destination)).tag(new EntityTag(String.valueOf(destination.version))).build();
    }

    static Country toApi(DestinationEntity d) {
        return new Country()
                .countryCode(d.countryCode)
                .nameEn(d.nameEn)
                .region(Region.fromValue(d.region))
                .cbsClassification(CbsClassification.fromValue(d.cbsClassification))
                .caribbeanPartOfKingdom(d.caribbeanPartOfKingdom)
                .requiresPreparationMeeting(d.requiresPreparationMeeting)
                .travelAdvice(advice(d.travelAdvice))
                .travelAdviceChangedAt(Instants.utc(d.travelAdviceChangedAt))
                .travelAdviceChangedBy(d.travelAdviceChangedBy)
                .version(d.version);
    }

    private static nl.bis.placements.api.model.TravelAdvice advice(TravelAdvice advice) {
        return nl.bis.placements.api.model.TravelAdvice.fromValue(advice.name());
    }

}
