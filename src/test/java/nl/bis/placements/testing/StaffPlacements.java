package nl.bis.placements.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Placements registered by staff for fresh students, for tests of the features built on placements. */
public final class StaffPlacements {

    private StaffPlacements() {
    }

    /** A placement of a fresh student, approved by staff when asked. */
    public static String placementIn(String country, String departure, String returnDate, boolean approve) {
        String number = TestStudents.freshNumber();
        String location = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("""
                        {"placementType": "SENIOR_CLERKSHIP",
                         "destination": {"countryCode": "%s", "city": "Capital", "hostInstitution": "University Hospital"},
                         "departureDate": "%s", "returnDate": "%s",
                         "studentNumber": "%s", "studentName": "Student %s", "studentEmail": "s%s@student.example.org"}"""
                        .formatted(country, departure, returnDate, number, number, number))
                .when().post("/api/v1/placements").then().statusCode(201).extract().header("Location");
        if (approve) {
            for (String status : new String[] {"INTAKE_SCHEDULED", "APPROVED"}) {
                given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                        .body("{\"status\": \"" + status + "\"}").when().post(location + "/status")
                        .then().statusCode(200);
            }
        }
        return location;
    }
}
