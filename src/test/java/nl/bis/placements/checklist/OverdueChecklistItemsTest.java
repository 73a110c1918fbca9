package nl.bis.placements.checklist;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.ChecklistTemplateRequest.freshCode;
import static nl.bis.placements.testing.ChecklistTemplateRequest.template;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.Checklists;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff follow the overdue items: still OPEN after their due date, on placements under way. Each test makes a template
 * of its own and filters on its code and on its students, since a template applies to every placement under way,
 * the other tests' too.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class OverdueChecklistItemsTest {

    @Inject
    TestClock clock;

    private String set;
    private String code;

    @BeforeEach
    void aTemplateDueAWeekBeforeDeparture() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        set = freshCode("OVERDUE");
        code = freshCode("OVERDUE_ITEM");
        template(code, set).due("BEFORE_DEPARTURE", 7).create().then().statusCode(201);
    }

    @AfterEach
    void switchTheTestsSetOff() {
        Checklists.setEnabled(set, false);
    }

    /** A placement of a student, registered on 2027-01-10 (of a type without a registration cutoff). */
    private static String placementOf(String student, String type, String country, String departure,
                                      String returnDate) {
        return register(Tokens.staff(), placement(type, country, departure, returnDate).discipline(null)
                .forStudent(student)).then().statusCode(201).extract().header("Location");
    }

    /** The items of the test's template of one student, with more filters. */
    private ValidatableResponse list(String student, String query) {
        return given().auth().oauth2(Tokens.staff()).when()
                .get("/api/v1/checklist-items?templateCode=" + code + "&studentNumber=" + student + query)
                .then().statusCode(200);
    }

    @Test
    void anItemIsOverdueWhenStillOpenAfterItsDueDateInAmsterdam() {
        String student = TestStudents.freshNumber();
        String placement = placementOf(student, "CLINICAL_CLERKSHIP", "DE", "2027-02-08", "2027-03-29");
        long item = Checklists.itemId(placement, code);

        clock.fixOn(LocalDate.of(2027, 2, 1)); // the due day itself: not overdue yet
        list(student, "&overdue=true").body("totalItems", equalTo(0));
        list(student, "&overdue=false").body("items.id", contains((int) item));

        clock.fixOn(LocalDate.of(2027, 2, 2));
        list(student, "&overdue=true").body("totalItems", equalTo(1))
                .body("items[0].id", equalTo((int) item))
                .body("items[0].overdue", equalTo(true))
                .body("items[0].studentNumber", equalTo(student))
                .body("items[0].countryCode", equalTo("DE"))
                .body("items[0].templateCode", equalTo(code));

        Checklists.move(Tokens.staff(), item, "DONE", null).then().statusCode(200);
        list(student, "&overdue=true").body("totalItems", equalTo(0));
        list(student, "&overdue=false&state=DONE").body("items.id", contains((int) item));
    }

    @Test
    void closedPlacementsAndItemsThatNoLongerApplyAreNotListed() {
        String withdrawnStudent = TestStudents.freshNumber();
        String movedStudent = TestStudents.freshNumber();
        String withdrawn = placementOf(withdrawnStudent, "CLINICAL_CLERKSHIP", "DE", "2027-02-08", "2027-03-29");
        placementOf(movedStudent, "CLINICAL_CLERKSHIP", "DE", "2027-02-15", "2027-04-05");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"status\": \"WITHDRAWN\", \"reason\": \"Cancelled\"}").when().post(withdrawn + "/status")
                .then().statusCode(200);
        clock.fixOn(LocalDate.of(2027, 3, 1));
        list(withdrawnStudent, "&overdue=true").body("totalItems", equalTo(0));
        list(movedStudent, "&overdue=true").body("totalItems", equalTo(1));

        String narrowed = template(code, set).due("BEFORE_DEPARTURE", 7).destinationGroups("NON_WESTERN")
                .withoutCode().json();
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(narrowed)
                .when().put(Checklists.TEMPLATES + "/" + code).then().statusCode(200);

        list(movedStudent, "&overdue=true").body("totalItems", equalTo(0));
        list(movedStudent, "").body("totalItems", equalTo(0));
    }

    @Test
    void theFiltersCombine() {
        String student = TestStudents.freshNumber();
        String ghana = placementOf(student, "EXTRACURRICULAR", "GH", "2027-02-01", "2027-02-12");
        String germany = placementOf(student, "CLINICAL_CLERKSHIP", "DE", "2027-02-15", "2027-04-05");
        long ghanaItem = Checklists.itemId(ghana, code);
        long germanyItem = Checklists.itemId(germany, code);
        clock.fixOn(LocalDate.of(2027, 3, 1));

        list(student, "&overdue=true").body("items.id", contains((int) ghanaItem, (int) germanyItem)); // by due date
        list(student, "&overdue=true&placementType=EXTRACURRICULAR").body("items.id", contains((int) ghanaItem));
        list(student, "&overdue=true&countryCode=DE").body("items.id", contains((int) germanyItem));
        list(student, "&overdue=true&dueBefore=2027-01-30").body("items.id", contains((int) ghanaItem));
        list(student, "&state=OPEN").body("items.id", containsInAnyOrder((int) ghanaItem, (int) germanyItem));
        list(student, "&state=DONE").body("totalItems", equalTo(0));
        list(student, "&overdue=true&countryCode=DE&placementType=EXTRACURRICULAR").body("totalItems", equalTo(0));
        list(TestStudents.freshNumber(), "&overdue=true").body("totalItems", equalTo(0));
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/checklist-items?overdue=true&templateCode=" + code)
                .then().statusCode(200).body("items.overdue", everyItem(equalTo(true)))
                .body("items.templateCode", everyItem(equalTo(code)));
    }

    @Test
    void theListIsPaged() {
        String student = TestStudents.freshNumber();
        placementOf(student, "CLINICAL_CLERKSHIP", "DE", "2027-02-01", "2027-02-05");
        placementOf(student, "CLINICAL_CLERKSHIP", "DE", "2027-02-08", "2027-02-12");
        placementOf(student, "CLINICAL_CLERKSHIP", "DE", "2027-02-15", "2027-02-19");
        clock.fixOn(LocalDate.of(2027, 3, 1));

        list(student, "&overdue=true&size=2&page=0").body("items", hasSize(2)).body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2)).body("size", equalTo(2))
                .body("items.dueDate", contains("2027-01-25", "2027-02-01"));
        list(student, "&overdue=true&size=2&page=1").body("items", hasSize(1)).body("page", equalTo(1))
                .body("items[0].dueDate", equalTo("2027-02-08"));
        list(student, "&overdue=true&size=500").body("size", equalTo(200));
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/checklist-items?page=-1").then().statusCode(400);
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/checklist-items?state=open").then().statusCode(400);
    }

    @Test
    void theListIsForStaffAndCoordinators() {
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/v1/checklist-items?overdue=true&size=1")
                .then().statusCode(200);
        given().auth().oauth2(TestStudents.fresh().token()).when().get("/api/v1/checklist-items?overdue=true")
                .then().statusCode(403);
    }
}
