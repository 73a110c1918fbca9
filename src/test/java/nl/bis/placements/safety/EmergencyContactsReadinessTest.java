package nl.bis.placements.safety;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.StaffPlacements.placementIn;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.Checklists;
import nl.bis.placements.testing.EmergencyContacts;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Nobody leaves without a phone number abroad and a contact at home: EMERGENCY_CONTACTS joins readiness. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class EmergencyContactsReadinessTest {

    private static final String CONTACTS = "requirements.find { it.code == 'EMERGENCY_CONTACTS' }";

    @Inject
    TestClock clock;

    private String placement;
    private String student;

    @BeforeEach
    void anApprovedPlacementInGermanyWithTheInsuranceVerified() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        placement = placementIn("DE", "2027-09-06", "2027-11-01", true);
        Checklists.settle(placement, "DEPARTURE");
        String number = given().auth().oauth2(Tokens.staff()).when().get(placement).then().extract()
                .path("studentNumber");
        student = Tokens.student("student-" + number, number);
    }

    private static ValidatableResponse readiness(String placement) {
        return given().auth().oauth2(Tokens.staff()).when().get(placement + "/readiness").then().statusCode(200);
    }

    private Response abroad() {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"status\": \"ABROAD\"}")
                .when().post(placement + "/status");
    }

    @Test
    void theMoveAbroadWaitsForTheEmergencyContacts() {
        readiness(placement)
                .body("readyToDepart", equalTo(false))
                .body(CONTACTS + ".status", equalTo("UNMET"))
                .body(CONTACTS + ".dueDate", equalTo("2027-09-06"));
        abroad().then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-ready"))
                .body("unmetRequirements", contains("EMERGENCY_CONTACTS"));

        EmergencyContacts.put(student, EmergencyContacts.ENOUGH).then().statusCode(200);

        readiness(placement)
                .body("readyToDepart", equalTo(true))
                .body(CONTACTS + ".status", equalTo("MET"));
        abroad().then().statusCode(200).body("status", equalTo("ABROAD"));
    }

    @Test
    void aContactWithoutAPhoneNumberAbroadIsNotEnough() {
        EmergencyContacts.put(student, """
                {"contacts": [{"name": "Thomas Bakker", "phone": "+31687654321"}]}""").then().statusCode(200);
        readiness(placement).body(CONTACTS + ".status", equalTo("UNMET"));
        abroad().then().statusCode(422).body("unmetRequirements", contains("EMERGENCY_CONTACTS"));

        EmergencyContacts.put(student, """
                {"phoneAbroad": "+4915112345678",
                 "contacts": [{"name": "Thomas Bakker", "phone": "+31687654321"}]}""").then().statusCode(200);
        readiness(placement).body(CONTACTS + ".status", equalTo("MET"));
    }

    @Test
    void theStudentSeesTheRequirementOnTheirOwnReadiness() {
        given().auth().oauth2(student).when().get(placement + "/readiness").then().statusCode(200)
                .body(CONTACTS + ".status", equalTo("UNMET"))
                .body(CONTACTS + ".detail", equalTo(
                        "Give your phone number abroad and at least one emergency contact at home before departure."));
    }

    @Test
    void staffMayWaiveTheEmergencyContacts() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"reason\": \"Contacts handed in on paper at the desk\"}")
                .when().put(placement + "/readiness/EMERGENCY_CONTACTS/waiver").then().statusCode(200)
                .body(CONTACTS + ".status", equalTo("WAIVED"))
                .body("readyToDepart", equalTo(true));
        abroad().then().statusCode(200);
    }
}
