package nl.bis.placements.progresstest;

import static nl.bis.placements.progresstest.ProgressTestCalls.EXEMPTIONS;
import static nl.bis.placements.progresstest.ProgressTestCalls.MINE;
import static nl.bis.placements.progresstest.ProgressTestCalls.addTest;
import static nl.bis.placements.progresstest.ProgressTestCalls.approvedPlacement;
import static nl.bis.placements.progresstest.ProgressTestCalls.as;
import static nl.bis.placements.progresstest.ProgressTestCalls.conflicts;
import static nl.bis.placements.progresstest.ProgressTestCalls.decide;
import static nl.bis.placements.progresstest.ProgressTestCalls.freshYear;
import static nl.bis.placements.progresstest.ProgressTestCalls.history;
import static nl.bis.placements.progresstest.ProgressTestCalls.moveTest;
import static nl.bis.placements.progresstest.ProgressTestCalls.request;
import static nl.bis.placements.progresstest.ProgressTestCalls.studentOf;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Wanneer je tijdens een voortgangstoets in het buitenland bent voor een van je stages kun je hiervoor ontheffing
 * aanvragen": the student asks in one call, the student desk grants or refuses, the exam office lists the granted.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class ProgressTestExemptionsTest {

    private static final int AT_ONCE = 8;

    @Inject
    TestClock clock;

    private int year;
    private String placement;
    private String student;
    private long test;

    @BeforeEach
    void anApprovedPlacementDuringAProgressTest() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        year = freshYear();
        placement = approvedPlacement(year + "-02-01", year + "-04-30");
        student = studentOf(placement);
        test = addTest(year + "-03-17");
    }

    @Test
    void theStudentAsksForAnExemptionInOneCall() {
        request(student, placement, test).then().statusCode(201)
                .header("Location", containsString(EXEMPTIONS + "/"))
                .body("status", equalTo("REQUESTED"))
                .body("testDate", equalTo(year + "-03-17"))
                .body("conflictActive", equalTo(true))
                .body("placementType", equalTo("SENIOR_CLERKSHIP"))
                .body("countryCode", equalTo("SR"))
                .body("decidedAt", nullValue());

        conflicts(student, placement).then().body("[0].exemption.status", equalTo("REQUESTED"));
        as(student).when().get(MINE).then().body("[0].exemption.status", equalTo("REQUESTED"));
        assertThat(history(placement), hasItem("EXEMPTION_REQUESTED: Exemption asked from the progress test of "
                + year + "-03-17"));
    }

    @Test
    void anExemptionFromATestOutsideThePlacementIsRefused() {
        long later = addTest(year + "-06-09");
        request(student, placement, later).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/no-progress-test-conflict"))
                .body("progressTestId", equalTo((int) later))
                .body("detail", containsString(year + "-06-09 does not fall during placement"));
        request(student, placement, 999_999_999L).then().statusCode(422)
                .body("type", endsWith("/no-progress-test-conflict"));
    }

    @Test
    void aSecondRequestIsRefused() {
        long first = request(student, placement, test).then().statusCode(201).extract().jsonPath().getLong("id");
        request(student, placement, test).then().statusCode(409)
                .body("type", endsWith("/exemption-exists"))
                .body("conflictingExemptionId", equalTo((int) first));
        request(Tokens.staff(), placement, test).then().statusCode(409);
    }

    @Test
    void ofRequestsSentAtOnceExactlyOneIsKept() throws Exception {
        CyclicBarrier start = new CyclicBarrier(AT_ONCE);
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        List<Response> responses = new ArrayList<>();
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request(student, placement, test);
                }));
            }
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Map<Integer, Long> statuses = responses.stream().collect(Collectors.groupingBy(Response::statusCode,
                TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, (long) AT_ONCE - 1), statuses);
        responses.stream().filter(r -> r.statusCode() == 409)
                .forEach(r -> assertEquals("https://placements.example/problems/exemption-exists", r.path("type")));
        assertEquals(1, history(placement).stream().filter(h -> h.startsWith("EXEMPTION_REQUESTED")).count());
    }

    @Test
    void staffAskOnTheStudentsBehalfAndCoordinatorsCannotAsk() {
        request(Tokens.coordinator(), placement, test).then().statusCode(403);
        request(TestStudents.fresh().token(), placement, test).then().statusCode(404);
        request(Tokens.staff(), placement, test).then().statusCode(201).body("requestedBy", equalTo("staff1"));
    }

    @Test
    void theStudentDeskGrantsAnExemption() {
        long id = request(student, placement, test).then().extract().jsonPath().getLong("id");

        decide(Tokens.staff(), id, "GRANTED", null).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("GRANTED"))
                .body("decidedBy", equalTo("staff1"))
                .body("decidedAt", startsWith("2027-01-10T"));

        as(student).when().get(EXEMPTIONS + "/" + id).then().statusCode(200).body("status", equalTo("GRANTED"));
        List<Map<String, Object>> entries = as(Tokens.staff()).when().get(placement + "/history").then().extract()
                .jsonPath().getList("findAll { it.action == 'EXEMPTION_DECIDED' }");
        assertEquals(1, entries.size());
        assertEquals(null, entries.get(0).get("reason"));
        assertEquals(List.of(Map.of("field", "exemption", "from", "REQUESTED", "to", "GRANTED")),
                entries.get(0).get("changes"));
    }

    @Test
    void aRefusalNeedsAReasonWhichStaysOutOfTheHistory() {
        long id = request(student, placement, test).then().extract().jsonPath().getLong("id");
        decide(Tokens.staff(), id, "REFUSED", null).then().statusCode(400)
                .body("violations.field", hasItem("reason"));

        decide(Tokens.staff(), id, "REFUSED", "The test can be taken in Paramaribo").then().statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("refusalReason", equalTo("The test can be taken in Paramaribo"));

        assertThat(history(placement), hasItem("EXEMPTION_DECIDED: null"));
        assertThat(String.join("\n", history(placement)), not(containsString("Paramaribo")));
        // After a refusal the student may ask again.
        request(student, placement, test).then().statusCode(201);
    }

    @Test
    void aDecisionIsFinal() {
        long id = request(student, placement, test).then().extract().jsonPath().getLong("id");
        decide(Tokens.staff(), id, "GRANTED", null).then().statusCode(200);
        decide(Tokens.staff(), id, "REFUSED", "Changed my mind").then().statusCode(409)
                .body("type", endsWith("/exemption-decided"));
    }

    @Test
    void studentsAndCoordinatorsCannotDecide() {
        long id = request(student, placement, test).then().extract().jsonPath().getLong("id");
        decide(student, id, "GRANTED", null).then().statusCode(403);
        decide(Tokens.coordinator(), id, "GRANTED", null).then().statusCode(403);
        as(student).when().get(EXEMPTIONS + "/" + id).then().body("status", equalTo("REQUESTED"));
    }

    @Test
    void anotherStudentDoesNotSeeTheExemption() {
        long id = request(student, placement, test).then().extract().jsonPath().getLong("id");
        as(TestStudents.fresh().token()).when().get(EXEMPTIONS + "/" + id).then().statusCode(404);
        as(Tokens.coordinator()).when().get(EXEMPTIONS + "/" + id).then().statusCode(200);
    }

    @Test
    void anExemptionWhoseTestMovedAwayIsKeptAsNoLongerNeeded() {
        long id = request(student, placement, test).then().extract().jsonPath().getLong("id");

        moveTest(test, year + "-06-09").then().statusCode(200);

        as(student).when().get(EXEMPTIONS + "/" + id).then().body("conflictActive", equalTo(false));
        conflicts(student, placement).then().statusCode(200)
                .body("[0].active", equalTo(false))
                .body("[0].endedAt", startsWith("2027-01-10T"))
                .body("[0].exemption.status", equalTo("REQUESTED"));
        request(student, placement, test).then().statusCode(422);
    }

    @Test
    void theExamOfficeListsTheGrantedExemptionsAsCsv() {
        long granted = request(student, placement, test).then().extract().jsonPath().getLong("id");
        decide(Tokens.staff(), granted, "GRANTED", null).then().statusCode(200);
        String other = approvedPlacement(year + "-03-01", year + "-03-31");
        request(studentOf(other), other, test).then().statusCode(201);
        String number = as(Tokens.staff()).when().get(placement).then().extract().path("studentNumber");

        as(Tokens.staff()).queryParam("status", "GRANTED").queryParam("progressTestId", test)
                .when().get(EXEMPTIONS).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo((int) granted))
                .body("items[0].studentNumber", equalTo(number));

        String csv = as(Tokens.staff()).accept("text/csv").queryParam("status", "GRANTED")
                .queryParam("progressTestId", test).when().get(EXEMPTIONS).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("progress-test-exemptions.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFstudentNumber,studentName,testDate,testName,status,placementType,countryCode,"
                + "departureDate,returnDate,conflictActive,decidedBy,decidedAt", lines.get(0));
        assertEquals(2, lines.size(), csv);
        assertThat(lines.get(1), startsWith(number + ","));
        assertThat(lines.get(1), containsString("," + year + "-03-17,VGT " + year + "-03-17,GRANTED,SENIOR_CLERKSHIP,SR,"
                + year + "-02-01," + year + "-04-30,true,staff1,2027-01-10T"));

        as(student).accept("text/csv").when().get(EXEMPTIONS).then().statusCode(403);
        as(Tokens.coordinator()).when().get(EXEMPTIONS).then().statusCode(403);
    }

    @Test
    void hostileDecisionsAndFiltersAreBadRequests() {
        long id = request(student, placement, test).then().extract().jsonPath().getLong("id");
        as(Tokens.staff()).body("{\"decision\": \"MAYBE\"}").when().post(EXEMPTIONS + "/" + id + "/decision")
                .then().statusCode(400);
        decide(Tokens.staff(), id, "GRANTED", "Fine by us").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        as(Tokens.staff()).body("{\"decision\": \"REFUSED\", \"reason\": \"no\\u0000\"}")
                .when().post(EXEMPTIONS + "/" + id + "/decision").then().statusCode(400);
        as(Tokens.staff()).body("{\"decision\": \"REFUSED\", \"reason\": \"" + "x".repeat(1001) + "\"}")
                .when().post(EXEMPTIONS + "/" + id + "/decision").then().statusCode(400);
        as(Tokens.staff()).queryParam("status", "granted").when().get(EXEMPTIONS).then().statusCode(400);
        as(student).body("{\"progressTestId\": \"x\"}").when().post(placement + "/progress-test-exemptions")
                .then().statusCode(400);
        as(student).body("{}").when().post(placement + "/progress-test-exemptions").then().statusCode(400);
        as(student).when().get(EXEMPTIONS + "/" + id).then().body("status", equalTo("REQUESTED"));
    }
}
