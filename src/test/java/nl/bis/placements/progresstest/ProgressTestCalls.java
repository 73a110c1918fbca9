package nl.bis.placements.progresstest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.bis.placements.testing.StaffPlacements;
import nl.bis.placements.testing.Tokens;

/**
 * The calls the progress-test tests make. Progress tests are shared by every placement under way, the other tests'
 * too, so each test works in a year of its own ({@link #freshYear()}, 2050-2088, which no other test uses).
 */
final class ProgressTestCalls {

    static final String TESTS = "/api/v1/progress-tests";
    static final String EXEMPTIONS = "/api/v1/progress-test-exemptions";
    static final String MINE = "/api/v1/me/progress-test-conflicts";

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2050);

    private ProgressTestCalls() {
    }

    /** A year no other test (of any class) works in. */
    static int freshYear() {
        int year = NEXT_YEAR.getAndIncrement();
        if (year > 2088) {
            throw new IllegalStateException("the progress-test tests ran out of years of their own");
        }
        return year;
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Staff add a test on a date; its id. */
    static long addTest(String date) {
        return as(Tokens.staff()).body("{\"testDate\": \"" + date + "\", \"name\": \"VGT " + date + "\"}")
                .when().post(TESTS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Staff move a test to another date (with its current ETag). */
    static Response moveTest(long id, String date) {
        String etag = as(Tokens.staff()).when().get(TESTS + "/" + id).then().statusCode(200).extract().header("ETag");
        return as(Tokens.staff()).header("If-Match", etag).body("{\"testDate\": \"" + date + "\"}")
                .when().put(TESTS + "/" + id);
    }

    /** An approved senior clerkship of a fresh student in Suriname; its location. */
    static String approvedPlacement(String departure, String returnDate) {
        return StaffPlacements.placementIn("SR", departure, returnDate, true);
    }

    static String registeredPlacement(String departure, String returnDate) {
        return StaffPlacements.placementIn("SR", departure, returnDate, false);
    }

    /** The token of the student whose placement it is. */
    static String studentOf(String placement) {
        String number = as(Tokens.staff()).when().get(placement).then().statusCode(200).extract()
                .path("studentNumber");
        return Tokens.student("student-" + number, number);
    }

    static Response conflicts(String token, String placement) {
        return as(token).when().get(placement + "/progress-test-conflicts");
    }

    /** The test dates of the placement's active conflicts, as staff see them. */
    static List<String> activeConflictDates(String placement) {
        return conflicts(Tokens.staff(), placement).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.active }.testDate");
    }

    static Response request(String token, String placement, long testId) {
        return as(token).body("{\"progressTestId\": " + testId + "}")
                .when().post(placement + "/progress-test-exemptions");
    }

    static Response decide(String token, long exemptionId, String decision, String reason) {
        String body = reason == null ? "{\"decision\": \"" + decision + "\"}"
                : "{\"decision\": \"" + decision + "\", \"reason\": \"" + reason + "\"}";
        return as(token).body(body).when().post(EXEMPTIONS + "/" + exemptionId + "/decision");
    }

    /** The actions and reasons of the placement's history entries, in order, as "ACTION: reason". */
    static List<String> history(String placement) {
        return as(Tokens.staff()).when().get(placement + "/history").then().statusCode(200).extract().jsonPath()
                .getList("collect { it.action + ': ' + it.reason }");
    }
}
