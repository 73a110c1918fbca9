package nl.bis.placements.testing;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;

import io.restassured.http.ContentType;

/** Placements registered by staff for fresh students, for tests of the features built on placements. */
public final class StaffPlacements {

    private StaffPlacements() {
    }

    /** A senior clerkship of a fresh student at a University Hospital, approved by staff when asked. */
    public static String placementIn(String country, String departure, String returnDate, boolean approve) {
        String location = register(Tokens.staff(), placement("SENIOR_CLERKSHIP", country, departure, returnDate)
                .at("Capital", "University Hospital").discipline(null).forStudent(TestStudents.freshNumber()))
                .then().statusCode(201).extract().header("Location");
        if (approve) {
            approve(location);
        }
        return location;
    }

    /**
     * Staff let an approved placement go abroad as the desk does when the student hands everything in: the student's
     * emergency contacts given, its departure checklist settled, and any departure requirement still unmet waived.
     */
    public static void depart(String location) {
        EmergencyContacts.giveFor(location);
        Checklists.settle(location, "DEPARTURE");
        io.restassured.response.Response first = move(location, "ABROAD");
        if (first.statusCode() == 422) {
            for (String requirement : first.jsonPath().getList("unmetRequirements", String.class)) {
                given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                        .body("{\"reason\": \"Handed in at the desk\"}")
                        .when().put(location + "/readiness/" + requirement + "/waiver")
                        .then().statusCode(200);
            }
            move(location, "ABROAD").then().statusCode(200);
        } else {
            first.then().statusCode(200);
        }
    }

    private static io.restassured.response.Response move(String location, String status) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"status\": \"" + status + "\"}").when().post(location + "/status");
    }

    /** Staff take a registered placement through the intake to approval. */
    public static void approve(String location) {
        for (String status : new String[] {"INTAKE_SCHEDULED", "APPROVED"}) {
            given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                    .body("{\"status\": \"" + status + "\"}").when().post(location + "/status")
                    .then().statusCode(200);
        }
    }
}
