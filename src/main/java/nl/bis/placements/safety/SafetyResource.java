package nl.bis.placements.safety;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import nl.bis.placements.api.SafetyApi;
import nl.bis.placements.api.model.AddressAbroadInput;
import nl.bis.placements.api.model.EmergencyContactsInput;
import nl.bis.placements.api.model.Region;
import nl.bis.placements.common.Representations;
import nl.bis.placements.common.Roles;

/** Emergency contacts, addresses abroad and who is abroad now. Coordinators reach none of it (403). */
public class SafetyResource implements SafetyApi {

    private static final MediaType CSV = Representations.CSV;

    @Inject
    EmergencyContactsService contacts;

    @Inject
    AddressesAbroad addresses;

    @Inject
    StudentsAbroad abroad;

    @Context
    HttpHeaders headers;

    @Override
    @RolesAllowed(Roles.STUDENT)
    public Response getMyEmergencyContacts() {
        return withETag(contacts.mine());
    }

    @Override
    @RolesAllowed(Roles.STUDENT)
    public Response replaceMyEmergencyContacts(EmergencyContactsInput body, String ifMatch) {
        return withETag(contacts.replaceMine(body.getPhoneAbroad(), SafetyMapper.toContacts(body), ifMatch));
    }

    @Override
    @RolesAllowed({Roles.STAFF, Roles.STUDENT})
    public Response getStudentEmergencyContacts(String studentNumber) {
        return withETag(contacts.ofStudent(studentNumber));
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response getAddressAbroad(Long placementId) {
        return withETag(addresses.get(placementId));
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response replaceAddressAbroad(Long placementId, AddressAbroadInput body, String ifMatch) {
        return withETag(addresses.replace(placementId, new AddressesAbroad.Address(body.getAddressLine1(),
                body.getAddressLine2(), body.getPostalCode(), body.getCity()), ifMatch));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response listStudentsAbroad(LocalDate on, String countryCode, Region region) {
        StudentsAbroad.Result result = abroad.on(on, countryCode, region == null ? null : region.toString());
        if (representation() == CSV) {
            return Response.ok(AbroadCsv.write(result.entries()), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"abroad-" + result.on() + ".csv\"").build();
        }
        return Response.ok(SafetyMapper.toApi(result), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response withETag(EmergencyContactsService.View view) {
        Response.ResponseBuilder response = Response.ok(SafetyMapper.toApi(view), MediaType.APPLICATION_JSON_TYPE);
        return view.kept() == null ? response.build()
                : response.tag(new EntityTag(String.valueOf(view.kept().version))).build();
    }

    private static Response withETag(AddressesAbroad.View view) {
        return Response.ok(SafetyMapper.toApi(view.address(), view.countryCode()), MediaType.APPLICATION_JSON_TYPE)
                .tag(new EntityTag(String.valueOf(view.address().version))).build();
    }

    /** JSON unless the caller prefers CSV (by order and quality in Accept); a wildcard means JSON. */
    private MediaType representation() {
        return Representations.preferred(headers, MediaType.APPLICATION_JSON_TYPE, CSV);
    }
}
