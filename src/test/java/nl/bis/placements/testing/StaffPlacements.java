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

    /** Staff take a registered placement through the intake to approval. */
    public static void approve(String location) {
        for (String status : new String[] {"INTAKE_SCHEDULED", "APPROVED"}) {
            given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                    .body("{\"status\": \"" + status + "\"}").when().post(location + "/status")
                    .then().statusCode(200);
        }
    }
}
