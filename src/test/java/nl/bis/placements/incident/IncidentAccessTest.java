package nl.bis.placements.incident;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.incident.Incidents.body;
import static nl.bis.placements.incident.Incidents.report;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Only the student and staff read incidents: another student learns nothing (404, as for placements), a coordinator
 * sees counts and never a kind, place or description tied to a student (403 on the incidents themselves).
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class IncidentAccessTest {

    private static final String DESCRIPTION = "Pricked by a used needle while suturing.";

    @Inject
    TestClock clock;

    private Incidents.Placement placement;
    private long incident;

    @BeforeEach
    void aNeedleStickInjuryReported() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        placement = Incidents.abroad("Access Hospital " + TestStudents.freshNumber());
        clock.fixOn(LocalDate.of(2027, 10, 20));
        incident = Incidents.reported(placement.student().token(), placement.location(), "NEEDLESTICK_INJURY",
                "2027-10-01");
    }

    @Test
    void twoStudentsCannotSeeEachOthersIncidents() {
        Incidents.Placement other;
        clock.fixOn(LocalDate.of(2027, 1, 10));
        other = Incidents.abroad("Access Hospital " + TestStudents.freshNumber());
        clock.fixOn(LocalDate.of(2027, 10, 20));
        long othersIncident = Incidents.reported(other.student().token(), other.location(), "ILLNESS", "2027-10-02");
        String me = placement.student().token();

        notFoundWithoutData(given().auth().oauth2(me).when().get(other.location() + "/incidents"));
        notFoundWithoutData(given().auth().oauth2(me).when().get("/api/v1/incidents/" + othersIncident));
        notFoundWithoutData(given().auth().oauth2(me).when().get(other.location() + "/incident-count"));
        notFoundWithoutData(report(me, other.location(), body("ILLNESS", "2027-10-03")));
        notFoundWithoutData(given().auth().oauth2(other.student().token()).when().get("/api/v1/incidents/" + incident));

        given().auth().oauth2(me).when().get(placement.location() + "/incidents").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].id", equalTo((int) incident));
        given().auth().oauth2(other.student().token()).when().get(other.location() + "/incidents").then()
                .statusCode(200).body("size()", equalTo(1)).body("[0].id", equalTo((int) othersIncident));
    }

    @Test
    void aCoordinatorSeesTheCountButNoDescription() {
        given().auth().oauth2(Tokens.coordinator()).when().get(placement.location() + "/incident-count")
                .then().statusCode(200)
                .body("$", aMapWithSize(2))
                .body("placementId", equalTo((int) placement.id()))
                .body("incidentCount", equalTo(1));

        forbiddenWithoutData(given().auth().oauth2(Tokens.coordinator()).when().get(placement.location() + "/incidents"));
        forbiddenWithoutData(given().auth().oauth2(Tokens.coordinator()).when().get("/api/v1/incidents/" + incident));
        forbiddenWithoutData(given().auth().oauth2(Tokens.coordinator()).when().get("/api/v1/incidents"));
        forbiddenWithoutData(report(Tokens.coordinator(), placement.location(), body("ILLNESS", "2027-10-03")));
        forbiddenWithoutData(Incidents.followUp(Tokens.coordinator(), incident, "{\"handledOn\": \"2027-10-20\"}"));
    }

    @Test
    void theSummaryACoordinatorReadsHoldsNoStudentNoPlaceNoDescriptionNoDay() {
        String summary = given().auth().oauth2(Tokens.coordinator()).queryParam("year", 2027)
                .when().get("/api/v1/incidents/summary").then().statusCode(200).extract().asString();

        for (String personal : new String[] {placement.student().number(), DESCRIPTION, "Emergency department",
                "2027-10-01", "studentNumber", "description", "location", "occurredOn", "placementId"}) {
            org.hamcrest.MatcherAssert.assertThat(summary, not(containsString(personal)));
        }
    }

    @Test
    void staffReadEveryIncidentInFull() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/incidents/" + incident).then().statusCode(200)
                .body("description", equalTo(DESCRIPTION))
                .body("location", equalTo("Emergency department"));
        given().auth().oauth2(Tokens.staff()).when().get(placement.location() + "/incidents").then().statusCode(200)
                .body("[0].description", equalTo(DESCRIPTION));
    }

    @Test
    void studentsDoNotListEveryonesIncidentsNorRecordFollowUps() {
        forbiddenWithoutData(given().auth().oauth2(placement.student().token()).when().get("/api/v1/incidents"));
        forbiddenWithoutData(Incidents.followUp(placement.student().token(), incident,
                "{\"handledOn\": \"2027-10-20\"}"));
    }

    @Test
    void kLAppAndAnonymousCallersReachNoIncident() {
        given().auth().oauth2(Tokens.klApp()).when().get("/api/v1/incidents/" + incident).then().statusCode(403);
        given().auth().oauth2(Tokens.klApp()).queryParam("year", 2027).when().get("/api/v1/incidents/summary")
                .then().statusCode(403);
        given().when().get("/api/v1/incidents/" + incident).then().statusCode(401)
                .contentType("application/problem+json");
        given().when().get(placement.location() + "/incident-count").then().statusCode(401);
    }

    @Test
    void anIncidentThatDoesNotExistIsNotFound() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/incidents/999999999").then().statusCode(404)
                .body("type", endsWith("/not-found"));
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/incidents/abc").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static void notFoundWithoutData(Response response) {
        response.then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"))
                .body("$", not(hasKey("description")))
                .body("detail", not(containsString("Emergency")));
    }

    private static void forbiddenWithoutData(Response response) {
        response.then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/forbidden"))
                .body("$", not(hasKey("description")))
                .body("detail", not(containsString("Pricked")));
    }
}
