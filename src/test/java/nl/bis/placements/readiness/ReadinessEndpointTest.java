package nl.bis.placements.readiness;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.EventRequest.createdId;
import static nl.bis.placements.testing.EventRequest.meeting;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static nl.bis.placements.testing.StaffPlacements.approve;
import static nl.bis.placements.testing.StaffPlacements.placementIn;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.Checklists;
import nl.bis.placements.testing.EmergencyContacts;
import nl.bis.placements.testing.StudentDetails;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@ExtendWith(TestClockReset.class)
class ReadinessEndpointTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void midJanuary2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
    }

    private static ValidatableResponse readiness(String placement) {
        return given().auth().oauth2(Tokens.staff()).when().get(placement + "/readiness").then().statusCode(200);
    }

    private static String requirement(String code) {
        return "requirements.find { it.code == '" + code + "' }";
    }

    @Test
    void arubaNeedsThePreparationMeetingAndOffersTheNextOnesWithSeats() {
        long meeting = createdId(meeting("2027-08-12").title("Preparation evening (Caribbean)").location("F-120")
                .capacity(20));
        String placement = placementIn("AW", "2027-09-06", "2027-11-01", true);

        readiness(placement)
                .body("readyToDepart", equalTo(false))
                .body(requirement("PREPARATION_MEETING") + ".status", equalTo("UNMET"))
                .body(requirement("PREPARATION_MEETING") + ".dueDate", equalTo("2027-09-06"))
                .body(requirement("PREPARATION_MEETING") + ".nextMeetings.id", hasItem((int) meeting))
                .body(requirement("INTAKE_DONE") + ".status", equalTo("MET"))
                .body(requirement("TRAVEL_ADVICE") + ".status", equalTo("MET"));
    }

    @Test
    void ghanaIsReadyOnceTheStudentAttendedAMeetingBeforeDeparture() {
        StudentDetails kofi = new StudentDetails(TestStudents.freshNumber(), "Kofi Student", "k@student.example.org");
        String placement = register(Tokens.staff(), placement("SENIOR_CLERKSHIP", "GH", "2027-09-06", "2027-11-01")
                        .at("Kumasi", "KATH").discipline(null).student(kofi))
                .then().statusCode(201).extract().header("Location");
        approve(placement);
        long event = createdId(meeting("2027-06-10").location("F-120").capacity(20));
        long seat = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(kofi.json())
                .when().post("/api/v1/preparation-events/" + event + "/registrations")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"status\": \"ABROAD\"}")
                .when().post(placement + "/status").then().statusCode(422).body("type", endsWith("/not-ready"));

        clock.fixOn(LocalDate.of(2027, 6, 11));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"status\": \"ATTENDED\"}")
                .when().put("/api/v1/preparation-events/" + event + "/registrations/" + seat + "/attendance")
                .then().statusCode(200);
        Checklists.settle(placement, "DEPARTURE");
        EmergencyContacts.giveFor(placement);
        readiness(placement).body("readyToDepart", equalTo(true))
                .body(requirement("PREPARATION_MEETING") + ".status", equalTo("MET"))
                .body(requirement("PREPARATION_MEETING") + ".nextMeetings", nullValue());
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"status\": \"ABROAD\"}")
                .when().post(placement + "/status").then().statusCode(200);
    }

    @Test
    void germanyAndJapanNeedNoPreparationMeeting() {
        for (String country : new String[] {"DE", "JP"}) {
            String placement = placementIn(country, "2027-09-06", "2027-11-01", true);
            Checklists.settle(placement, "DEPARTURE");
            EmergencyContacts.giveFor(placement);
            readiness(placement)
                    .body("readyToDepart", equalTo(true))
                    .body("requirements.code", not(hasItem("PREPARATION_MEETING")));
        }
    }

    @Test
    void staffMayWaiveARequirementButNeverTheTravelAdvice() {
        String placement = placementIn("SR", "2027-09-06", "2027-11-01", true);
        Checklists.settle(placement, "DEPARTURE");
        EmergencyContacts.giveFor(placement);

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"reason\": \"Attended the meeting at another faculty\"}")
                .when().put(placement + "/readiness/PREPARATION_MEETING/waiver")
                .then().statusCode(200)
                .body("readyToDepart", equalTo(true))
                .body(requirement("PREPARATION_MEETING") + ".status", equalTo("WAIVED"))
                .body(requirement("PREPARATION_MEETING") + ".waivedBy", equalTo("staff1"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"reason\": \"urgent\"}")
                .when().put(placement + "/readiness/TRAVEL_ADVICE/waiver")
                .then().statusCode(409).body("type", endsWith("/not-waivable"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .when().put(placement + "/readiness/PARENTAL_CONSENT/waiver")
                .then().statusCode(409).body("type", endsWith("/not-waivable"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .when().put(placement + "/readiness/VISA/waiver")
                .then().statusCode(400).body("violations[0].field", equalTo("requirement"));
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .when().put(placement + "/readiness/PREPARATION_MEETING/waiver").then().statusCode(403);
    }

    @Test
    void aStudentUnderEighteenWithoutConsentIsNotReady() {
        String placement = register(Tokens.staff(), placement("SENIOR_CLERKSHIP", "BE", "2027-09-06", "2027-11-01")
                        .at("Brussel", "UZ Brussel").discipline(null).birthDate("2010-01-01").parentalConsent(true)
                        .student(new StudentDetails(TestStudents.freshNumber(), "Young Student",
                                "y@student.example.org")))
                .then().statusCode(201).extract().header("Location");
        readiness(placement).body(requirement("PARENTAL_CONSENT") + ".status", equalTo("MET"));
    }

    @Test
    void recordsAreForAfterReturnAndOnlyForScreeningAndEvaluation() {
        String placement = placementIn("DE", "2027-09-06", "2027-11-01", true);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"recordedOn\": \"2027-01-10\"}")
                .when().put(placement + "/readiness/EVALUATION/record")
                .then().statusCode(409).body("type", endsWith("/not-recordable"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"recordedOn\": \"2027-01-10\"}")
                .when().put(placement + "/readiness/INTAKE_DONE/record")
                .then().statusCode(409).body("type", endsWith("/not-recordable"));
    }

    @Test
    void anotherStudentsReadinessIsNotFound() {
        String placement = placementIn("DE", "2027-09-06", "2027-11-01", false);
        given().auth().oauth2(TestStudents.fresh().token()).when().get(placement + "/readiness")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
