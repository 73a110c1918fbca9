package nl.bis.placements.progresstest;

import static nl.bis.placements.progresstest.ProgressTestCalls.MINE;
import static nl.bis.placements.progresstest.ProgressTestCalls.activeConflictDates;
import static nl.bis.placements.progresstest.ProgressTestCalls.addTest;
import static nl.bis.placements.progresstest.ProgressTestCalls.approvedPlacement;
import static nl.bis.placements.progresstest.ProgressTestCalls.as;
import static nl.bis.placements.progresstest.ProgressTestCalls.conflicts;
import static nl.bis.placements.progresstest.ProgressTestCalls.freshYear;
import static nl.bis.placements.progresstest.ProgressTestCalls.history;
import static nl.bis.placements.progresstest.ProgressTestCalls.moveTest;
import static nl.bis.placements.progresstest.ProgressTestCalls.registeredPlacement;
import static nl.bis.placements.progresstest.ProgressTestCalls.studentOf;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A placement shows the progress tests that fall during it, and the conflicts follow the test dates, the placement's
 * dates and its status, each start and end in its history and the change feed.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class ProgressTestConflictsTest {

    @Inject
    TestClock clock;

    private int year;

    @BeforeEach
    void january2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        year = freshYear();
    }

    @Test
    void aMovedTestDateCreatesAConflictOnOnePlacementAndRemovesItFromAnother() {
        String spring = approvedPlacement(year + "-02-01", year + "-04-30");
        String summer = approvedPlacement(year + "-06-01", year + "-07-31");
        long test = addTest(year + "-03-17");
        assertEquals(List.of(year + "-03-17"), activeConflictDates(spring));
        assertEquals(List.of(), activeConflictDates(summer));
        long feedBefore = lastCursorCount();

        moveTest(test, year + "-06-09").then().statusCode(200);

        assertEquals(List.of(), activeConflictDates(spring));
        assertEquals(List.of(year + "-06-09"), activeConflictDates(summer));
        assertThat(history(spring), hasItem("PROGRESS_TEST_CONFLICT_ENDED: The progress test of " + year
                + "-03-17 no longer falls during the placement: the test was moved to " + year + "-06-09"));
        assertThat(history(summer), hasItem("PROGRESS_TEST_CONFLICT: The progress test of " + year
                + "-06-09 falls during the placement"));
        List<String> feed = feedSince(feedBefore);
        assertThat(feed, hasItem(idOf(spring) + " PROGRESS_TEST_CONFLICT_ENDED"));
        assertThat(feed, hasItem(idOf(summer) + " PROGRESS_TEST_CONFLICT"));
    }

    @Test
    void aTestAddedLaterFallsDuringThePlacementsUnderWay() {
        String placement = registeredPlacement(year + "-02-01", year + "-04-30");
        assertEquals(List.of(), activeConflictDates(placement));

        addTest(year + "-04-30");

        conflicts(studentOf(placement), placement).then().statusCode(200)
                .body("testDate", contains(year + "-04-30"))
                .body("[0].active", equalTo(true))
                .body("[0].testName", equalTo("VGT " + year + "-04-30"))
                .body("[0].exemption", equalTo(null));
    }

    @Test
    void aPlacementRegisteredOverATestDateHasTheConflictFromTheStart() {
        addTest(year + "-03-17");
        String placement = registeredPlacement(year + "-03-17", year + "-05-31");
        assertEquals(List.of(year + "-03-17"), activeConflictDates(placement));
        assertThat(history(placement), contains("CREATED: null",
                "PROGRESS_TEST_CONFLICT: The progress test of " + year + "-03-17 falls during the placement"));
    }

    @Test
    void changedPlacementDatesGainAndLoseConflicts() {
        addTest(year + "-03-17");
        addTest(year + "-06-09");
        String placement = registeredPlacement(year + "-02-01", year + "-04-30");
        assertEquals(List.of(year + "-03-17"), activeConflictDates(placement));

        patchDates(placement, year + "-05-01", year + "-06-30");

        assertEquals(List.of(year + "-06-09"), activeConflictDates(placement));
        assertThat(history(placement), hasItem("PROGRESS_TEST_CONFLICT_ENDED: The progress test of " + year
                + "-03-17 no longer falls during the placement: the placement's dates changed"));
        assertThat(history(placement), hasItem("PROGRESS_TEST_CONFLICT: The progress test of " + year
                + "-06-09 falls during the placement"));

        patchDates(placement, year + "-02-01", year + "-06-30");
        assertEquals(List.of(year + "-03-17", year + "-06-09"), activeConflictDates(placement));
    }

    @Test
    void aWithdrawnPlacementLosesItsConflicts() {
        addTest(year + "-03-17");
        String placement = registeredPlacement(year + "-02-01", year + "-04-30");
        String student = studentOf(placement);

        as(student).body("{\"status\": \"WITHDRAWN\", \"reason\": \"Found a place closer to home\"}")
                .when().post(placement + "/status").then().statusCode(200);

        conflicts(student, placement).then().statusCode(200).body("$", emptyIterable());
        as(student).when().get(MINE).then().statusCode(200).body("$", emptyIterable());
        assertThat(history(placement), hasItem("PROGRESS_TEST_CONFLICT_ENDED: The progress test of " + year
                + "-03-17 no longer falls during the placement: the placement is WITHDRAWN"));
    }

    @Test
    void aPlacementBackHomeNoLongerConflictsButAnExemptionAskedIsKept() {
        long test = addTest(year + "-03-17");
        String placement = approvedPlacement(year + "-02-01", year + "-04-30");
        ProgressTestCalls.request(studentOf(placement), placement, test).then().statusCode(201);
        nl.bis.placements.testing.StaffPlacements.depart(placement);
        assertEquals(List.of(year + "-03-17"), activeConflictDates(placement));

        as(Tokens.staff()).body("{\"status\": \"RETURNED\"}").when().post(placement + "/status")
                .then().statusCode(200);

        conflicts(Tokens.staff(), placement).then().statusCode(200)
                .body("active", contains(false))
                .body("[0].exemption.conflictActive", equalTo(false));
        assertThat(history(placement), hasItem("PROGRESS_TEST_CONFLICT_ENDED: The progress test of " + year
                + "-03-17 no longer falls during the placement: the placement is RETURNED"));
    }

    @Test
    void aStudentSeesTheirConflictsOverAllTheirPlacements() {
        addTest(year + "-03-17");
        addTest(year + "-09-15");
        TestStudents.Student student = TestStudents.fresh();
        String spring = register(student, year + "-02-01", year + "-04-30");
        String autumn = register(student, year + "-09-01", year + "-10-31");

        JsonPath mine = as(student.token()).when().get(MINE).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(year + "-03-17", year + "-09-15"), mine.getList("testDate"));
        assertEquals(List.of(idOf(spring), idOf(autumn)), mine.getList("placementId", Long.class));
    }

    @Test
    void aStudentDoesNotSeeAnotherStudentsConflicts() {
        addTest(year + "-03-17");
        String placement = registeredPlacement(year + "-02-01", year + "-04-30");
        TestStudents.Student other = TestStudents.fresh();

        conflicts(other.token(), placement).then().statusCode(404).body("type", endsWith("/not-found"));
        as(other.token()).when().get(MINE).then().statusCode(200).body("$", emptyIterable());
        conflicts(Tokens.coordinator(), placement).then().statusCode(200).body("testDate", contains(year + "-03-17"));
        as(Tokens.coordinator()).when().get(MINE).then().statusCode(403);
    }

    // ---------------------------------------------------------------------------------------------

    private static String register(TestStudents.Student student, String departure, String returnDate) {
        return nl.bis.placements.testing.PlacementRequest.register(student.token(),
                        nl.bis.placements.testing.PlacementRequest.placement("SENIOR_CLERKSHIP", "SR", departure,
                                returnDate).discipline(null))
                .then().statusCode(201).extract().header("Location");
    }

    private static void patchDates(String placement, String departure, String returnDate) {
        String etag = as(Tokens.staff()).when().get(placement).then().extract().header("ETag");
        io.restassured.RestAssured.given().auth().oauth2(Tokens.staff())
                .contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"departureDate\": \"" + departure + "\", \"returnDate\": \"" + returnDate + "\"}")
                .when().patch(placement).then().statusCode(200);
    }

    private static long idOf(String placement) {
        return Long.parseLong(placement.substring(placement.lastIndexOf('/') + 1));
    }

    /** How many changes the feed holds now. */
    private static long lastCursorCount() {
        return readFeed().size();
    }

    /** The changes after the first {@code skip}, as "placementId kind". */
    private static List<String> feedSince(long skip) {
        List<Map<String, Object>> all = readFeed();
        return all.subList((int) skip, all.size()).stream()
                .map(change -> change.get("placementId") + " " + change.get("kind")).toList();
    }

    private static List<Map<String, Object>> readFeed() {
        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            var request = io.restassured.RestAssured.given().auth().oauth2(Tokens.klApp()).queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items"));
            if (page.getString("next") != null) {
                cursor = page.getString("next");
            }
            more = page.getBoolean("hasMore");
        }
        return seen;
    }
}
