package nl.bis.placements.host;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A GP or social-medicine clerkship at a host the student found themself waits for the clerkship coordinator: "Wel
 * moet deze praktijk dan goedgekeurd worden door de coschap-coördinator huisartsgeneeskunde."
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class HostApprovalTest {

    private static final String APPROVALS = "/api/v1/host-approvals";

    @Inject
    TestClock clock;

    @BeforeEach
    void midJanuary2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
    }

    /** A practice no test has named before. */
    private static String newPractice() {
        return "Huisartsenpraktijk " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A GP clerkship of a fresh student in Lelydorp, Suriname, at a practice, registered by the student. */
    private static String gpClerkshipAt(TestStudents.Student student, String practice) {
        return register(student.token(), placement("GP_CLERKSHIP", "SR", "2027-09-06", "2027-10-29")
                .at("Lelydorp", practice)).then().statusCode(201).extract().header("Location");
    }

    private static JsonPath approvalOf(String placement, String token) {
        return given().auth().oauth2(token).when().get(placement + "/host-approval")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Response move(String placement, String status) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"status\": \"" + status + "\"}").when().post(placement + "/status");
    }

    private static Response decide(long approvalId, String body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(APPROVALS + "/" + approvalId + "/decision");
    }

    private static Response approve(long approvalId) {
        return decide(approvalId, "{\"decision\": \"APPROVED\", \"reason\": \"Supervisor registered.\","
                + " \"contactEmail\": \"praktijk@example.sr\", \"contactPhone\": \"+5973661234\"}",
                Tokens.coordinator());
    }

    private static Response patch(String placement, TestStudents.Student student, String body) {
        String etag = given().auth().oauth2(student.token()).when().get(placement).then().extract().header("ETag");
        return given().auth().oauth2(student.token()).contentType("application/merge-patch+json")
                .header("If-Match", etag).body(body).when().patch(placement);
    }

    @Test
    void aSelfFoundPracticeWaitsForTheCoordinatorBeforeThePlacementIsApproved() {
        TestStudents.Student student = TestStudents.fresh();
        String practice = newPractice();
        String placement = gpClerkshipAt(student, practice);

        JsonPath approval = approvalOf(placement, student.token());
        assertEquals("PENDING", approval.getString("status"));
        assertEquals(practice, approval.getString("hostName"));
        assertEquals("GP_CLERKSHIP", approval.getString("placementType"));
        assertEquals(student.number(), approval.getString("studentNumber"));
        given().auth().oauth2(student.token()).when().get(placement + "/readiness").then().statusCode(200)
                .body("requirements.find { it.code == 'HOST_APPROVED' }.status", equalTo("UNMET"));

        move(placement, "INTAKE_SCHEDULED").then().statusCode(200);
        move(placement, "APPROVED").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/host-not-approved"))
                .body("title", equalTo("Host not approved"))
                .body("hostApprovalId", equalTo(approval.getInt("id")))
                .body("hostApproval", equalTo("PENDING"))
                .body("detail", containsString(practice));
        given().auth().oauth2(Tokens.staff()).when().get(placement).then().body("status", equalTo("INTAKE_SCHEDULED"));

        approve(approval.getLong("id")).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", notNullValue())
                .body("reason", equalTo("Supervisor registered."))
                .body("hostId", notNullValue());
        move(placement, "APPROVED").then().statusCode(200);
        given().auth().oauth2(student.token()).when().get(placement + "/readiness").then()
                .body("requirements.find { it.code == 'HOST_APPROVED' }.status", equalTo("MET"));
    }

    @Test
    void theDecisionIsInThePlacementsHistoryAndTheChangeFeed() {
        TestStudents.Student student = TestStudents.fresh();
        String placement = gpClerkshipAt(student, newPractice());
        long approvalId = approvalOf(placement, student.token()).getLong("id");
        long placementId = Long.parseLong(placement.substring(placement.lastIndexOf('/') + 1));

        approve(approvalId).then().statusCode(200);

        given().auth().oauth2(student.token()).when().get(placement + "/history").then().statusCode(200)
                .body("find { it.action == 'HOST_APPROVAL_DECIDED' }.reason", equalTo("Supervisor registered."))
                .body("find { it.action == 'HOST_APPROVAL_DECIDED' }.changes[0].field", equalTo("hostApproval"))
                .body("find { it.action == 'HOST_APPROVAL_DECIDED' }.changes[0].to", equalTo("\"APPROVED\""));
        String cursor = null;
        boolean seen = false;
        for (int page = 0; page < 1000 && !seen; page++) {
            JsonPath feed = given().auth().oauth2(Tokens.staff()).queryParam("limit", 1000)
                    .queryParams(cursor == null ? java.util.Map.of() : java.util.Map.of("after", cursor))
                    .when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            seen = feed.getList("items.findAll { it.placementId == " + placementId
                    + " && it.kind == 'HOST_APPROVAL_DECIDED' }").size() == 1;
            if (!feed.getBoolean("hasMore")) {
                break;
            }
            cursor = feed.getString("next");
        }
        assertEquals(true, seen, "HOST_APPROVAL_DECIDED in the change feed");
    }

    @Test
    void anApprovedPracticeJoinsTheRegisterAndTheNextStudentNeedsNoApprovalWhateverTheSpacing() {
        String practice = newPractice();
        String first = gpClerkshipAt(TestStudents.fresh(), practice);
        approve(approvalOf(first, Tokens.staff()).getLong("id")).then().statusCode(200);

        given().auth().oauth2(TestStudents.fresh().token()).queryParam("countryCode", "SR")
                .queryParam("placementType", "GP_CLERKSHIP").when().get("/api/v1/hosts").then().statusCode(200)
                .body("name", hasItem(practice))
                .body("find { it.name == '" + practice + "' }.contactEmail", equalTo("praktijk@example.sr"))
                .body("find { it.name == '" + practice + "' }.contactPhone", equalTo("+5973661234"));

        TestStudents.Student next = TestStudents.fresh();
        String later = gpClerkshipAt(next, "  " + practice.toUpperCase().replace(" ", "   ") + " ");
        assertEquals("NOT_NEEDED", approvalOf(later, next.token()).getString("status"));
        move(later, "INTAKE_SCHEDULED").then().statusCode(200);
        move(later, "APPROVED").then().statusCode(200);
    }

    @Test
    void approvingAPracticeReleasesOtherPlacementsWaitingForIt() {
        String practice = newPractice();
        String first = gpClerkshipAt(TestStudents.fresh(), practice);
        String second = gpClerkshipAt(TestStudents.fresh(), practice);

        approve(approvalOf(first, Tokens.staff()).getLong("id")).then().statusCode(200);

        assertEquals("NOT_NEEDED", approvalOf(second, Tokens.staff()).getString("status"));
    }

    @Test
    void aRefusalNeedsAReasonAndBlocksApprovalUntilTheStudentChoosesAnotherHost() {
        TestStudents.Student student = TestStudents.fresh();
        String refused = newPractice();
        String placement = gpClerkshipAt(student, refused);
        long approvalId = approvalOf(placement, student.token()).getLong("id");

        decide(approvalId, "{\"decision\": \"REFUSED\"}", Tokens.coordinator()).then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        assertEquals("PENDING", approvalOf(placement, student.token()).getString("status"));
        decide(approvalId, "{\"decision\": \"REFUSED\", \"reason\": \"No registered GP to supervise.\"}",
                Tokens.coordinator()).then().statusCode(200).body("status", equalTo("REFUSED"));
        move(placement, "INTAKE_SCHEDULED").then().statusCode(200);
        move(placement, "APPROVED").then().statusCode(422).body("hostApproval", equalTo("REFUSED"));
        approve(approvalId).then().statusCode(409)
                .body("type", endsWith("/host-approval-closed"))
                .body("approvalStatus", equalTo("REFUSED"));

        // Staff correct the host after the intake: a new approval; back at the refused host, its refusal holds.
        String other = newPractice();
        patchAsStaff(placement, "{\"destination\": {\"hostInstitution\": \"" + other + "\"}}").then().statusCode(200);
        JsonPath pending = approvalOf(placement, student.token());
        assertEquals("PENDING", pending.getString("status"));
        assertEquals(other, pending.getString("hostName"));
        approve(approvalId).then().statusCode(409).body("detail", containsString("no longer"));
        patchAsStaff(placement, "{\"destination\": {\"hostInstitution\": \"" + refused + "\"}}").then().statusCode(200);
        assertEquals("REFUSED", approvalOf(placement, student.token()).getString("status"));
        assertEquals(approvalId, approvalOf(placement, student.token()).getLong("id"));
    }

    private static Response patchAsStaff(String placement, String body) {
        String etag = given().auth().oauth2(Tokens.staff()).when().get(placement).then().extract().header("ETag");
        return given().auth().oauth2(Tokens.staff()).contentType("application/merge-patch+json")
                .header("If-Match", etag).body(body).when().patch(placement);
    }

    @Test
    void aStudentWhoSwitchesToARegisteredHostNeedsNoApprovalAnyMore() {
        TestStudents.Student student = TestStudents.fresh();
        String placement = gpClerkshipAt(student, newPractice());

        patch(placement, student, "{\"destination\": {\"hostInstitution\": \"Approved GP practices Suriname\"}}")
                .then().statusCode(200);

        JsonPath approval = approvalOf(placement, student.token());
        assertEquals("NOT_NEEDED", approval.getString("status"));
        assertNull(approval.get("id"));
        given().auth().oauth2(student.token()).when().get(placement + "/readiness").then()
                .body("requirements.code", not(hasItem("HOST_APPROVED")));
    }

    @Test
    void otherTypesAndTheFacultysOwnOfferingNeedNoApproval() {
        TestStudents.Student student = TestStudents.fresh();
        String senior = register(student.token(), placement("SENIOR_CLERKSHIP", "GH", "2027-09-06", "2027-10-29")
                .at("Kumasi", newPractice())).then().statusCode(201).extract().header("Location");
        assertEquals("NOT_NEEDED", approvalOf(senior, student.token()).getString("status"));

        TestStudents.Student other = TestStudents.fresh();
        String socialMedicine = register(other.token(), placement("SOCIAL_MEDICINE_CLERKSHIP", "AW", "2027-09-06",
                "2027-10-29").at("Oranjestad", "social medicine locations aruba")).then().statusCode(201)
                .extract().header("Location");
        assertEquals("NOT_NEEDED", approvalOf(socialMedicine, other.token()).getString("status"));
    }

    @Test
    void aTypeChangedToGpClerkshipAtASelfFoundHostComesToNeedApproval() {
        TestStudents.Student student = TestStudents.fresh();
        String placement = register(student.token(), placement("SENIOR_CLERKSHIP", "SR", "2027-09-06", "2027-10-29")
                .at("Lelydorp", newPractice())).then().statusCode(201).extract().header("Location");
        assertEquals("NOT_NEEDED", approvalOf(placement, student.token()).getString("status"));

        patch(placement, student, "{\"placementType\": \"GP_CLERKSHIP\"}").then().statusCode(200);

        assertEquals("PENDING", approvalOf(placement, student.token()).getString("status"));
    }

    @Test
    void onlyCoordinatorsDecideAndStudentsSeeOnlyTheirOwn() {
        TestStudents.Student student = TestStudents.fresh();
        String placement = gpClerkshipAt(student, newPractice());
        long approvalId = approvalOf(placement, student.token()).getLong("id");

        approve(approvalId).then().statusCode(200);
        TestStudents.Student other = TestStudents.fresh();
        String second = gpClerkshipAt(other, newPractice());
        long secondId = approvalOf(second, other.token()).getLong("id");
        String body = "{\"decision\": \"APPROVED\"}";
        decide(secondId, body, Tokens.staff()).then().statusCode(403);
        decide(secondId, body, other.token()).then().statusCode(403);
        given().auth().oauth2(student.token()).when().get(second + "/host-approval").then().statusCode(404);
        given().auth().oauth2(other.token()).when().get(APPROVALS).then().statusCode(403);
        decide(Long.MAX_VALUE, body, Tokens.coordinator()).then().statusCode(404);
        assertEquals("PENDING", approvalOf(second, other.token()).getString("status"));
    }

    @Test
    void theCoordinatorsWorkListShowsPendingApprovalsOldestFirstWithTheStudent() {
        String practice = newPractice();
        TestStudents.Student student = TestStudents.fresh();
        String placement = gpClerkshipAt(student, practice);
        long approvalId = approvalOf(placement, student.token()).getLong("id");

        JsonPath pending = given().auth().oauth2(Tokens.coordinator()).queryParam("countryCode", "SR")
                .queryParam("placementType", "GP_CLERKSHIP").queryParam("size", 200)
                .when().get(APPROVALS).then().statusCode(200).extract().jsonPath();
        assertEquals(student.number(), pending.getString("items.find { it.id == " + approvalId + " }.studentNumber"));
        assertEquals("2027-09-06", pending.getString("items.find { it.id == " + approvalId + " }.departureDate"));

        approve(approvalId).then().statusCode(200);
        given().auth().oauth2(Tokens.coordinator()).queryParam("size", 200).when().get(APPROVALS).then()
                .body("items.id", not(hasItem((int) approvalId)));
        given().auth().oauth2(Tokens.staff()).queryParam("status", "APPROVED").queryParam("size", 200)
                .when().get(APPROVALS).then().statusCode(200)
                .body("items.find { it.id == " + approvalId + " }.status", equalTo("APPROVED"));
        given().auth().oauth2(Tokens.staff()).queryParam("status", "NOT_NEEDED").when().get(APPROVALS)
                .then().statusCode(400);
    }

    @Test
    void twoCoordinatorsApprovingTheSameNewPracticeAtOnceMakeOneRegisterEntry() throws Exception {
        String practice = newPractice();
        String first = gpClerkshipAt(TestStudents.fresh(), practice);
        String second = gpClerkshipAt(TestStudents.fresh(), practice);
        long firstId = approvalOf(first, Tokens.staff()).getLong("id");
        long secondId = approvalOf(second, Tokens.staff()).getLong("id");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(() -> approve(firstId).statusCode(),
                    () -> approve(secondId).statusCode());
            List<Integer> statuses = pool.invokeAll(both).stream().map(HostApprovalTest::get).toList();
            // The first decision releases the other placement: it answers 200, or 409 as no longer in force.
            assertEquals(true, statuses.contains(200), statuses.toString());
            statuses.forEach(s -> assertEquals(true, s == 200 || s == 409, statuses.toString()));
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(Tokens.staff()).queryParam("countryCode", "SR").when().get("/api/v1/hosts").then()
                .body("findAll { it.name == '" + practice + "' }.size()", equalTo(1));
        for (String placement : List.of(first, second)) {
            move(placement, "INTAKE_SCHEDULED").then().statusCode(200);
            move(placement, "APPROVED").then().statusCode(200);
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
