package nl.bis.placements.progresstest;

import static nl.bis.placements.progresstest.ProgressTestCalls.TESTS;
import static nl.bis.placements.progresstest.ProgressTestCalls.activeConflictDates;
import static nl.bis.placements.progresstest.ProgressTestCalls.addTest;
import static nl.bis.placements.progresstest.ProgressTestCalls.approvedPlacement;
import static nl.bis.placements.progresstest.ProgressTestCalls.as;
import static nl.bis.placements.progresstest.ProgressTestCalls.freshYear;
import static nl.bis.placements.progresstest.ProgressTestCalls.history;
import static nl.bis.placements.progresstest.ProgressTestCalls.request;
import static nl.bis.placements.progresstest.ProgressTestCalls.studentOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff keep the dates of the progress test; everyone signed in reads them. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class ProgressTestCalendarTest {

    @Inject
    TestClock clock;

    private int year;

    @BeforeEach
    void january2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        year = freshYear();
    }

    @Test
    void staffAddATestThatEveryoneSignedInReads() {
        as(Tokens.staff()).body("{\"testDate\": \"" + year + "-03-17\", \"name\": \"VGT " + year + "-1\"}")
                .when().post(TESTS).then().statusCode(201)
                .header("Location", containsString(TESTS + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("testDate", equalTo(year + "-03-17"))
                .body("name", equalTo("VGT " + year + "-1"))
                .body("createdBy", equalTo("staff1"));
        addTest(year + "-11-04");
        for (String token : List.of(TestStudents.fresh().token(), Tokens.coordinator(), Tokens.staff())) {
            as(token).queryParam("from", year + "-01-01").queryParam("to", year + "-12-31").when().get(TESTS)
                    .then().statusCode(200).body("testDate", contains(year + "-03-17", year + "-11-04"));
        }
        as(Tokens.staff()).queryParam("from", year + "-06-01").queryParam("to", year + "-12-31").when().get(TESTS)
                .then().body("testDate", contains(year + "-11-04"));
    }

    @Test
    void twoTestsOnOneDateAreRefused() {
        long first = addTest(year + "-03-17");
        as(Tokens.staff()).body("{\"testDate\": \"" + year + "-03-17\"}").when().post(TESTS).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/progress-test-date-taken"))
                .body("conflictingProgressTestId", equalTo((int) first));
        long second = addTest(year + "-06-09");
        ProgressTestCalls.moveTest(second, year + "-03-17").then().statusCode(409)
                .body("type", endsWith("/progress-test-date-taken"));
    }

    @Test
    void movingATestNeedsItsCurrentETag() {
        long id = addTest(year + "-03-17");
        as(Tokens.staff()).body("{\"testDate\": \"" + year + "-03-24\"}").when().put(TESTS + "/" + id)
                .then().statusCode(428);
        as(Tokens.staff()).header("If-Match", "\"7\"").body("{\"testDate\": \"" + year + "-03-24\"}")
                .when().put(TESTS + "/" + id).then().statusCode(412);
        as(Tokens.staff()).header("If-Match", "\"0\"").body("{\"testDate\": \"" + year + "-03-24\"}")
                .when().put(TESTS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("testDate", equalTo(year + "-03-24"));
    }

    @Test
    void aTestIsRenamedOnItsOwnDate() {
        String placement = approvedPlacement(year + "-02-01", year + "-04-30");
        long id = addTest(year + "-03-17");
        as(Tokens.staff()).header("If-Match", "\"0\"")
                .body("{\"testDate\": \"" + year + "-03-17\", \"name\": \"VGT " + year + "-1 (Nijmegen)\"}")
                .when().put(TESTS + "/" + id).then().statusCode(200)
                .body("name", equalTo("VGT " + year + "-1 (Nijmegen)"));
        assertEquals(List.of(year + "-03-17"), activeConflictDates(placement));
    }

    @Test
    void everyTestIsListedWithoutBounds() {
        long id = addTest(year + "-03-17");
        as(TestStudents.fresh().token()).when().get(TESTS).then().statusCode(200).body("id", hasItem((int) id));
    }

    @Test
    void onlyStaffKeepTheDates() {
        String body = "{\"testDate\": \"" + year + "-03-17\"}";
        as(TestStudents.fresh().token()).body(body).when().post(TESTS).then().statusCode(403);
        as(Tokens.coordinator()).body(body).when().post(TESTS).then().statusCode(403);
        long id = addTest(year + "-03-17");
        as(Tokens.coordinator()).when().delete(TESTS + "/" + id).then().statusCode(403);
        as(Tokens.klApp()).when().get(TESTS).then().statusCode(403);
    }

    @Test
    void aTestEnteredByMistakeIsDeletedAndItsConflictsEnd() {
        String placement = approvedPlacement(year + "-02-01", year + "-04-30");
        long id = addTest(year + "-03-17");
        assertEquals(List.of(year + "-03-17"), activeConflictDates(placement));

        as(Tokens.staff()).when().delete(TESTS + "/" + id).then().statusCode(204);
        as(Tokens.staff()).when().get(TESTS + "/" + id).then().statusCode(404);
        ProgressTestCalls.conflicts(Tokens.staff(), placement).then().body("$", emptyIterable());
        org.hamcrest.MatcherAssert.assertThat(history(placement), hasItem("PROGRESS_TEST_CONFLICT_ENDED: The progress "
                + "test of " + year + "-03-17 no longer falls during the placement: the test was deleted"));
    }

    @Test
    void aTestForWhichAnExemptionWasAskedIsKept() {
        String placement = approvedPlacement(year + "-02-01", year + "-04-30");
        long id = addTest(year + "-03-17");
        request(studentOf(placement), placement, id).then().statusCode(201);

        as(Tokens.staff()).when().delete(TESTS + "/" + id).then().statusCode(409)
                .body("type", endsWith("/progress-test-in-use"))
                .body("detail", containsString("1 exemption was asked"));
        as(Tokens.staff()).when().get(TESTS + "/" + id).then().statusCode(200);
    }

    @Test
    void hostileInputIsABadRequest() {
        as(Tokens.staff()).body("{\"testDate\": \"3000-01-01\"}").when().post(TESTS).then().statusCode(400)
                .body("violations.field", hasItem("testDate"));
        as(Tokens.staff()).body("{\"testDate\": \"" + year + "-02-30\"}").when().post(TESTS).then().statusCode(400);
        as(Tokens.staff()).body("{\"name\": \"VGT\"}").when().post(TESTS).then().statusCode(400);
        as(Tokens.staff()).body("{\"testDate\": \"" + year + "-03-17\", \"name\": \"VGT\\u0007\"}").when().post(TESTS)
                .then().statusCode(400).body("violations.field", hasItem("name"));
        as(Tokens.staff()).body("{\"testDate\": \"" + year + "-03-17\", \"name\": \"" + "V".repeat(101) + "\"}")
                .when().post(TESTS).then().statusCode(400).body("violations.field", hasItem("name"));
        as(Tokens.staff()).queryParam("from", "2027-13-01").when().get(TESTS).then().statusCode(400);
        as(Tokens.staff()).queryParam("from", year + "-06-01").queryParam("to", year + "-01-01").when().get(TESTS)
                .then().statusCode(400).body("violations.field", hasItem("from"));
        as(Tokens.staff()).when().get(TESTS + "/abc").then().statusCode(400);
    }
}
