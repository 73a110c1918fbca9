package nl.bis.placements.incident;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.incident.Incidents.followUp;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A needle-stick injury waits in the staff's list of open follow-ups until they record it handled. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class IncidentFollowUpTest {

    @Inject
    TestClock clock;

    private Incidents.Placement placement;

    @BeforeEach
    void aPlacementBackInNovember() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        placement = Incidents.abroad("Charité");
        Incidents.move(placement.location(), "RETURNED").then().statusCode(200);
        clock.fixOn(LocalDate.of(2027, 11, 20));
    }

    private ValidatableResponse list(String query) {
        return given().auth().oauth2(Tokens.staff()).when()
                .get("/api/v1/incidents?studentNumber=" + placement.student().number() + query)
                .then().statusCode(200);
    }

    @Test
    void aNeedleStickInjuryOpensAFollowUpThatLeavesTheOpenListOnceHandled() {
        long needle = Incidents.reported(placement.student().token(), placement.location(), "NEEDLESTICK_INJURY",
                "2027-10-14");
        Incidents.reported(placement.student().token(), placement.location(), "ILLNESS", "2027-10-15");

        list("&followUp=OPEN").body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) needle))
                .body("items[0].followUp.status", equalTo("OPEN"));
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/incidents?followUp=OPEN&size=200")
                .then().statusCode(200).body("items.followUp.status", everyItem(equalTo("OPEN")));

        followUp(Tokens.staff(), needle, """
                {"handledOn": "2027-11-19", "note": "Blood tests at the occupational health service"}""")
                .then().statusCode(200)
                .body("followUp.status", equalTo("HANDLED"))
                .body("followUp.handledOn", equalTo("2027-11-19"))
                .body("followUp.note", equalTo("Blood tests at the occupational health service"))
                .body("followUp.handledBy", equalTo("staff1"));

        list("&followUp=OPEN").body("totalItems", equalTo(0));
        list("&followUp=HANDLED").body("items.id", hasItem((int) needle));
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/incidents?followUp=OPEN&size=200")
                .then().statusCode(200).body("items.id", not(hasItem((int) needle)));
        given().auth().oauth2(placement.student().token()).when().get("/api/v1/incidents/" + needle)
                .then().statusCode(200).body("followUp.status", equalTo("HANDLED"));
    }

    @Test
    void aFollowUpIsRecordedOnce() {
        long needle = Incidents.reported(Tokens.staff(), placement.location(), "NEEDLESTICK_INJURY", "2027-10-14");
        followUp(Tokens.staff(), needle, "{\"handledOn\": \"2027-11-19\"}").then().statusCode(200)
                .body("followUp.handledOn", equalTo("2027-11-19"));

        followUp(Tokens.staff(), needle, "{\"handledOn\": \"2027-11-20\", \"note\": \"Again\"}")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/follow-up-recorded"))
                .body("title", equalTo("Follow-up already recorded"))
                .body("handledOn", equalTo("2027-11-19"));
    }

    @Test
    void anotherKindHasNoFollowUpToRecord() {
        long illness = Incidents.reported(Tokens.staff(), placement.location(), "ILLNESS", "2027-10-14");

        followUp(Tokens.staff(), illness, "{\"handledOn\": \"2027-11-19\"}")
                .then().statusCode(409)
                .body("type", endsWith("/no-follow-up"))
                .body("title", equalTo("No follow-up"))
                .body("kind", equalTo("ILLNESS"));
    }

    @Test
    void aFollowUpIsNotDatedInTheFutureNorBeforeTheIncident() {
        long needle = Incidents.reported(Tokens.staff(), placement.location(), "NEEDLESTICK_INJURY", "2027-10-14");

        followUp(Tokens.staff(), needle, "{\"handledOn\": \"2027-11-21\"}").then().statusCode(400)
                .body("violations.field", hasItem("handledOn"));
        followUp(Tokens.staff(), needle, "{\"handledOn\": \"2027-10-13\"}").then().statusCode(400)
                .body("violations.field", hasItem("handledOn"));
        followUp(Tokens.staff(), needle, "{\"handledOn\": \"0001-01-01\"}").then().statusCode(400)
                .body("violations.field", hasItem("handledOn"));
        followUp(Tokens.staff(), needle, "{}").then().statusCode(400)
                .body("violations.field", hasItem("handledOn"));
        followUp(Tokens.staff(), needle, "{\"handledOn\": \"2027-11-20\", \"note\": \"a\\nb\"}").then()
                .statusCode(400).body("violations.field", hasItem("note"));
        followUp(Tokens.staff(), needle, "{\"handledOn\": \"2027-10-14\"}").then().statusCode(200);
    }

    @Test
    void aFollowUpOfAnIncidentThatDoesNotExistIsNotFound() {
        followUp(Tokens.staff(), 999_999_999L, "{\"handledOn\": \"2027-11-19\"}").then().statusCode(404);
    }

    @Test
    void staffFilterByKindCountryAndDaysAndPage() {
        long first = Incidents.reported(Tokens.staff(), placement.location(), "ACCIDENT", "2027-09-10");
        long second = Incidents.reported(Tokens.staff(), placement.location(), "ACCIDENT", "2027-10-10");
        Incidents.reported(Tokens.staff(), placement.location(), "SAFETY", "2027-10-11");

        list("&kind=ACCIDENT&countryCode=DE").body("totalItems", equalTo(2))
                .body("items[0].id", equalTo((int) first)).body("items[1].id", equalTo((int) second));
        list("&kind=ACCIDENT&countryCode=GH").body("totalItems", equalTo(0));
        list("&occurredFrom=2027-10-10&occurredTo=2027-10-10").body("totalItems", equalTo(1))
                .body("items[0].id", equalTo((int) second));
        list("&size=2&page=1").body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.size()", equalTo(1));
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/incidents?kind=accident").then().statusCode(400);
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/incidents?followUp=DONE").then().statusCode(400);
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/incidents?page=-1").then().statusCode(400);
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/incidents?occurredFrom=2027-13-01").then()
                .statusCode(400);
    }
}
