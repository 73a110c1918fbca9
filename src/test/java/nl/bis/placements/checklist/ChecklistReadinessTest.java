package nl.bis.placements.checklist;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.ChecklistTemplateRequest.freshCode;
import static nl.bis.placements.testing.ChecklistTemplateRequest.template;
import static nl.bis.placements.testing.StaffPlacements.placementIn;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.Checklists;
import nl.bis.placements.testing.EmergencyContacts;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Blocking checklist items hold up departure and completion, in the same not-ready answer as the requirements. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class ChecklistReadinessTest {

    @Inject
    TestClock clock;

    private String set;

    @BeforeEach
    void midJanuary2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        set = freshCode("READINESS");
    }

    @AfterEach
    void switchTheTestsSetOff() {
        if (given().auth().oauth2(Tokens.staff()).when().get(Checklists.SETS.substring(0, Checklists.SETS.length() - 1))
                .then().extract().jsonPath().getList("code").contains(set)) {
            Checklists.setEnabled(set, false);
        }
    }

    private static Response move(String placement, String status) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"status\": \"" + status + "\"}").when().post(placement + "/status");
    }

    private static void record(String placement, String requirement, String body) {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                .when().put(placement + "/readiness/" + requirement + "/record").then().statusCode(200);
    }

    @Test
    void departureWaitsForTheRequirementsAndTheVerifiedInsuranceAndOneAnswerNamesBoth() {
        String placement = placementIn("GH", "2027-09-06", "2027-11-01", true);
        EmergencyContacts.giveFor(placement);

        move(placement, "ABROAD").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-ready"))
                .body("unmetRequirements", contains("PREPARATION_MEETING"))
                .body("unmetChecklistItems", contains("INSURANCE"))
                .body("detail", containsString("INSURANCE"));
        given().auth().oauth2(Tokens.staff()).when().get(placement + "/readiness").then().statusCode(200)
                .body("readyToDepart", equalTo(false))
                .body("checklistItems.templateCode", contains("INSURANCE"))
                .body("checklistItems[0].settled", equalTo(false))
                .body("checklistItems[0].state", equalTo("OPEN"));

        long insurance = Checklists.itemId(placement, "INSURANCE");
        Checklists.attach(Tokens.staff(), insurance).then().statusCode(201);
        Checklists.move(Tokens.staff(), insurance, "DONE", null).then().statusCode(200);
        move(placement, "ABROAD").then().statusCode(422)
                .body("unmetChecklistItems", contains("INSURANCE")); // evidence counts once verified

        Checklists.move(Tokens.staff(), insurance, "VERIFIED", null).then().statusCode(200);
        move(placement, "ABROAD").then().statusCode(422)
                .body("unmetRequirements", contains("PREPARATION_MEETING"))
                .body("unmetChecklistItems", emptyIterable());

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"reason\": \"Attended the meeting at the partner faculty\"}")
                .when().put(placement + "/readiness/PREPARATION_MEETING/waiver").then().statusCode(200)
                .body("readyToDepart", equalTo(true))
                .body("checklistItems[0].settled", equalTo(true));
        move(placement, "ABROAD").then().statusCode(200);
    }

    @Test
    void theChecklistAloneMayHoldUpDepartureAndAnItemWithoutEvidenceCountsOnceDone() {
        String code = freshCode("BRIEFING");
        template(code, set).blocking("DEPARTURE").create().then().statusCode(201);
        String placement = placementIn("DE", "2027-09-06", "2027-11-01", true);
        EmergencyContacts.giveFor(placement);
        verifyInsurance(placement);

        move(placement, "ABROAD").then().statusCode(422)
                .body("unmetRequirements", emptyIterable())
                .body("unmetChecklistItems", contains(code));

        String number = given().auth().oauth2(Tokens.staff()).when().get(placement).then().extract()
                .path("studentNumber");
        Checklists.move(Tokens.student("student-" + number, number), Checklists.itemId(placement, code), "DONE", null)
                .then().statusCode(200).body("settled", equalTo(true));
        move(placement, "ABROAD").then().statusCode(200);
    }

    @Test
    void completionWaitsForTheCompletionItemsNextToTheMrsaScreeningAndTheEvaluation() {
        String code = freshCode("EUROPASS");
        template(code, set).blocking("COMPLETION").due("AFTER_RETURN", 30).evidenceRequired(true).create()
                .then().statusCode(201);
        String placement = placementIn("DE", "2027-09-06", "2027-11-01", true);
        EmergencyContacts.giveFor(placement);
        Checklists.settle(placement, "DEPARTURE");
        move(placement, "ABROAD").then().statusCode(200);
        move(placement, "RETURNED").then().statusCode(200);

        move(placement, "COMPLETED").then().statusCode(422)
                .body("type", endsWith("/not-ready"))
                .body("unmetRequirements", containsInAnyOrder("MRSA_SCREENING", "EVALUATION"))
                .body("unmetChecklistItems", contains(code));
        record(placement, "MRSA_SCREENING", "{\"recordedOn\": \"2027-01-10\", \"result\": \"NEGATIVE\"}");
        record(placement, "EVALUATION", "{\"recordedOn\": \"2027-01-10\"}");
        move(placement, "COMPLETED").then().statusCode(422)
                .body("unmetRequirements", emptyIterable())
                .body("unmetChecklistItems", contains(code));
        given().auth().oauth2(Tokens.staff()).when().get(placement + "/readiness").then()
                .body("readyToComplete", equalTo(false))
                .body("checklistItems.templateCode", hasItem(code));

        Checklists.settle(placement, "COMPLETION");
        move(placement, "COMPLETED").then().statusCode(200);
    }

    @Test
    void advisoryItemsAndItemsThatNoLongerApplyHoldUpNothing() {
        String code = freshCode("SET_ASIDE");
        template(code, set).blocking("DEPARTURE").create().then().statusCode(201);
        String placement = placementIn("DE", "2027-09-06", "2027-11-01", true);
        EmergencyContacts.giveFor(placement);
        verifyInsurance(placement);
        move(placement, "ABROAD").then().statusCode(422).body("unmetChecklistItems", contains(code));

        Checklists.setEnabled(set, false);

        given().auth().oauth2(Tokens.staff()).when().get(placement + "/readiness").then()
                .body("checklistItems.templateCode", not(hasItem(code)))
                .body("readyToDepart", equalTo(true));
        move(placement, "ABROAD").then().statusCode(200); // FACULTY_FUND is still OPEN: it is advisory
    }

    /** The office checks the insurance policy the student handed in. */
    private static void verifyInsurance(String placement) {
        long insurance = Checklists.itemId(placement, "INSURANCE");
        Checklists.attach(Tokens.staff(), insurance).then().statusCode(201);
        Checklists.move(Tokens.staff(), insurance, "DONE", null).then().statusCode(200);
        Checklists.move(Tokens.staff(), insurance, "VERIFIED", null).then().statusCode(200);
    }
}
