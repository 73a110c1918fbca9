package nl.bis.placements.checklist;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.Checklists.ITEMS;
import static nl.bis.placements.testing.Checklists.attach;
import static nl.bis.placements.testing.Checklists.itemId;
import static nl.bis.placements.testing.Checklists.move;
import static nl.bis.placements.testing.StaffPlacements.placementIn;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import nl.bis.placements.testing.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The student works through the checklist, staff verify or send back; nobody else sees it. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class ChecklistItemsTest {

    @Inject
    TestClock clock;

    private String placement;
    private String student;
    private long insurance;
    private long fund;

    @BeforeEach
    void anApprovedPlacementOfAStudent() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        placement = placementIn("DE", "2027-09-06", "2027-11-01", true);
        String number = given().auth().oauth2(Tokens.staff()).when().get(placement).then().statusCode(200)
                .extract().path("studentNumber");
        student = Tokens.student("student-" + number, number);
        insurance = itemId(placement, "INSURANCE");
        fund = itemId(placement, "FACULTY_FUND");
    }

    @Test
    void theStudentReadsTheirChecklistAndMarksAnItemWithoutEvidenceDone() {
        given().auth().oauth2(student).when().get(placement + "/checklist").then().statusCode(200)
                .body("templateCode", contains("FACULTY_FUND", "INSURANCE", "EVALUATION_FORMS"));

        move(student, fund, "DONE", null).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("state", equalTo("DONE"))
                .body("settled", equalTo(true))
                .body("doneBy", equalTo("student-" + given().auth().oauth2(student).when().get(placement)
                        .then().extract().path("studentNumber")))
                .body("doneAt", equalTo("2027-01-10T11:00:00.000000Z"));
    }

    @Test
    void anItemThatNeedsEvidenceIsDoneOnlyWithADocument() {
        move(student, insurance, "DONE", null).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/evidence-missing"))
                .body("templateCode", equalTo("INSURANCE"))
                .body("detail", containsString("Travel and health insurance"));
        given().auth().oauth2(student).when().get(ITEMS + insurance).then().body("state", equalTo("OPEN"));

        attach(student, insurance).then().statusCode(201)
                .body("subject", equalTo("CHECKLIST_ITEM"))
                .body("subjectId", equalTo((int) insurance));
        given().auth().oauth2(student).when().get(ITEMS + insurance + "/documents").then().statusCode(200)
                .body("", hasSize(1));

        move(student, insurance, "DONE", null).then().statusCode(200)
                .body("state", equalTo("DONE"))
                .body("settled", equalTo(false));
    }

    @Test
    void staffVerifyADoneItem() {
        attach(student, insurance).then().statusCode(201);
        move(student, insurance, "DONE", null).then().statusCode(200);

        move(Tokens.staff(), insurance, "VERIFIED", "Policy covers Germany").then().statusCode(200)
                .body("state", equalTo("VERIFIED"))
                .body("settled", equalTo(true))
                .body("verifiedBy", equalTo("staff1"))
                .body("comment", equalTo("Policy covers Germany"));
    }

    @Test
    void anItemWhoseStudentDeletedItsEvidenceCannotBeVerified() {
        long document = attach(student, insurance).then().statusCode(201).extract().jsonPath().getLong("id");
        move(student, insurance, "DONE", null).then().statusCode(200);
        given().auth().oauth2(student).when().delete("/api/v1/documents/" + document).then().statusCode(204);

        move(Tokens.staff(), insurance, "VERIFIED", null).then().statusCode(422)
                .body("type", endsWith("/evidence-missing"));
        move(Tokens.staff(), insurance, "OPEN", "Upload the policy again").then().statusCode(200);
    }

    @Test
    void staffSendAnItemBackWithACommentThatIsKept() {
        attach(student, insurance).then().statusCode(201);
        move(student, insurance, "DONE", null).then().statusCode(200);

        move(Tokens.staff(), insurance, "OPEN", null).then().statusCode(400)
                .body("violations[0].field", equalTo("comment"));
        move(Tokens.staff(), insurance, "OPEN", "The policy ends before your return").then().statusCode(200)
                .body("state", equalTo("OPEN"))
                .body("comment", equalTo("The policy ends before your return"))
                .body("commentedBy", equalTo("staff1"));

        attach(student, insurance).then().statusCode(201);
        move(student, insurance, "DONE", null).then().statusCode(200)
                .body("comment", equalTo("The policy ends before your return"));
    }

    @Test
    void illegalMovesAreRefusedWithTheMovesTheCallerMayMake() {
        move(Tokens.staff(), fund, "VERIFIED", null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/illegal-item-transition"))
                .body("allowedStates", contains("DONE"));
        move(student, fund, "DONE", null).then().statusCode(200);
        move(student, fund, "DONE", null).then().statusCode(409)
                .body("allowedStates", emptyIterable());
        move(Tokens.staff(), fund, "VERIFIED", null).then().statusCode(200);
        move(Tokens.staff(), fund, "OPEN", "again").then().statusCode(409)
                .body("allowedStates", emptyIterable());
    }

    @Test
    void onlyStaffVerifyAndCoordinatorsOnlyRead() {
        move(student, fund, "DONE", null).then().statusCode(200);
        move(student, fund, "VERIFIED", null).then().statusCode(403);
        move(student, fund, "OPEN", "please").then().statusCode(403);
        move(Tokens.coordinator(), fund, "VERIFIED", null).then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).when().get(ITEMS + fund).then().statusCode(200)
                .body("state", equalTo("DONE"));
    }

    @Test
    void theStudentDoesNotCommentWhenMarkingDone() {
        move(student, fund, "DONE", "I applied").then().statusCode(400)
                .body("violations[0].field", equalTo("comment"));
    }

    @Test
    void anotherStudentsItemIsNotFound() {
        String other = TestStudents.fresh().token();
        given().auth().oauth2(other).when().get(ITEMS + fund).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(other).when().get(placement + "/checklist").then().statusCode(404);
        move(other, fund, "DONE", null).then().statusCode(404);
        attach(other, insurance).then().statusCode(404);
        given().auth().oauth2(other).when().get(ITEMS + insurance + "/documents").then().statusCode(404);
        given().auth().oauth2(Tokens.staff()).when().get(ITEMS + 999_999_999).then().statusCode(404);
    }

    @Test
    void theItemCarriesAnETagAndAStaleOneIsRefused() {
        given().auth().oauth2(student).when().get(ITEMS + fund).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("placementId", notNullValue())
                .body("doneAt", nullValue());
        given().auth().oauth2(student).contentType(ContentType.JSON).header("If-Match", "\"3\"")
                .body("{\"state\": \"DONE\"}").when().post(ITEMS + fund + "/state").then().statusCode(412);
        given().auth().oauth2(student).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"state\": \"DONE\"}").when().post(ITEMS + fund + "/state").then().statusCode(200);
    }

    @Test
    void theChecklistOfAWithdrawnPlacementIsClosed() {
        attach(student, insurance).then().statusCode(201);
        given().auth().oauth2(student).contentType(ContentType.JSON)
                .body("{\"status\": \"WITHDRAWN\", \"reason\": \"Found a place closer to home\"}")
                .when().post(placement + "/status").then().statusCode(200);

        move(student, fund, "DONE", null).then().statusCode(409)
                .body("type", endsWith("/illegal-item-transition"))
                .body("detail", containsString("WITHDRAWN"));
        attach(student, insurance).then().statusCode(409).body("type", endsWith("/illegal-item-transition"));
    }

    @Test
    void documentsOfAnItemAreTheStudentsToDeleteUntilStaffVerifiedIt() {
        long first = attach(student, insurance).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(student).when().delete("/api/v1/documents/" + first).then().statusCode(204);

        long second = attach(student, insurance).then().statusCode(201).extract().jsonPath().getLong("id");
        move(student, insurance, "DONE", null).then().statusCode(200);
        move(Tokens.staff(), insurance, "VERIFIED", null).then().statusCode(200);

        given().auth().oauth2(student).when().delete("/api/v1/documents/" + second).then().statusCode(409)
                .body("type", endsWith("/document-kept"));
        attach(student, insurance).then().statusCode(409).body("type", endsWith("/illegal-item-transition"));
        Uploads.upload(Tokens.coordinator(), ITEMS + insurance + "/documents", "x.pdf",
                nl.bis.placements.testing.SampleFiles.pdf()).then().statusCode(403);
    }
}
