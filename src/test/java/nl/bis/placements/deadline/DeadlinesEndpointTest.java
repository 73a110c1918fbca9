package nl.bis.placements.deadline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@ExtendWith(TestClockReset.class)
class DeadlinesEndpointTest {

    @Inject
    TestClock clock;

    @Test
    void anyoneGetsTheResearchInternshipCutoffClampedToTheEndOfFebruary() {
        clock.fixOn(LocalDate.of(2027, 2, 16));

        given().queryParam("placementType", "RESEARCH_INTERNSHIP").queryParam("departureDate", "2027-08-31")
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].placementType", equalTo("RESEARCH_INTERNSHIP"))
                .body("[0].departureDate", equalTo("2027-08-31"))
                .body("[0].today", equalTo("2027-02-16"))
                .body("[0].registrationCutoff", equalTo("2027-02-28"))
                .body("[0].leadTime", equalTo("P6M"))
                .body("[0].ruleId", notNullValue())
                .body("[0].advisoryDate", equalTo("2026-08-31"))
                .body("[0].daysRemaining", equalTo(12))
                .body("[0].status", equalTo("CLOSING_SOON"));
    }

    @Test
    void inALeapYearTheCutoffIsTheTwentyNinthOfFebruary() {
        clock.fixOn(LocalDate.of(2027, 6, 1));

        given().queryParam("placementType", "SENIOR_CLERKSHIP").queryParam("departureDate", "2028-08-31")
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("[0].registrationCutoff", equalTo("2028-02-29"))
                .body("[0].advisoryDate", equalTo("2027-08-31"))
                .body("[0].status", equalTo("OPEN"));
    }

    @Test
    void withoutAPlacementTypeEveryTypeIsAnswered() {
        clock.fixOn(LocalDate.of(2027, 1, 10));

        given().queryParam("departureDate", "2027-07-01")
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("", hasSize(8))
                .body("find { it.placementType == 'GP_CLERKSHIP' }.registrationCutoff", equalTo("2027-03-01"))
                .body("find { it.placementType == 'SOCIAL_MEDICINE_CLERKSHIP' }.registrationCutoff", equalTo("2027-04-01"))
                .body("find { it.placementType == 'TROPICAL_INTERNSHIP' }.status", equalTo("NO_CUTOFF"))
                .body("find { it.placementType == 'TROPICAL_INTERNSHIP' }.registrationCutoff", nullValue())
                .body("find { it.placementType == 'TROPICAL_INTERNSHIP' }.advisoryDate", equalTo("2026-07-01"));
    }

    @Test
    void aPassedCutoffIsClosed() {
        clock.fixOn(LocalDate.of(2027, 3, 2));

        given().queryParam("placementType", "GP_CLERKSHIP").queryParam("departureDate", "2027-07-01")
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("[0].daysRemaining", equalTo(-1))
                .body("[0].status", equalTo("CLOSED"));
    }

    @Test
    void todayIsTheDateInAmsterdam() {
        // 23:30 UTC on 27 February 2027 is 00:30 on the 28th in Amsterdam: the cutoff day itself.
        clock.fixAt(Instant.parse("2027-02-27T23:30:00Z"));

        given().queryParam("placementType", "RESEARCH_INTERNSHIP").queryParam("departureDate", "2027-08-31")
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("[0].today", equalTo("2027-02-28"))
                .body("[0].daysRemaining", equalTo(0))
                .body("[0].status", equalTo("CLOSING_SOON"));
    }

    @Test
    void theAnswerIsCacheableAndRevalidatesWithItsETag() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        String etag = given().queryParam("departureDate", "2027-09-01")
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .header("Cache-Control", containsString("max-age="))
                .header("ETag", notNullValue())
                .extract().header("ETag");

        given().queryParam("departureDate", "2027-09-01").header("If-None-Match", etag)
                .when().get("/api/v1/deadlines")
                .then().statusCode(304)
                .header("ETag", equalTo(etag));

        clock.fixOn(LocalDate.of(2027, 1, 11));
        given().queryParam("departureDate", "2027-09-01").header("If-None-Match", etag)
                .when().get("/api/v1/deadlines")
                .then().statusCode(200);
    }

    @Test
    void theSameQuestionOnTheSameDayGetsTheSameTagAndAnotherQuestionAnother() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        String first = given().queryParam("departureDate", "2027-09-01").when().get("/api/v1/deadlines").header("ETag");
        String again = given().queryParam("departureDate", "2027-09-01").when().get("/api/v1/deadlines").header("ETag");
        String oneType = given().queryParam("departureDate", "2027-09-01").queryParam("placementType", "GP_CLERKSHIP")
                .when().get("/api/v1/deadlines").header("ETag");
        String otherDay = given().queryParam("departureDate", "2027-09-02").when().get("/api/v1/deadlines").header("ETag");

        assertEquals(first, again);
        assertNotEquals(first, oneType);
        assertNotEquals(first, otherDay);
    }

    @Test
    void theCalculatorAnswersOnTheIoThread() {
        given().queryParam("departureDate", "2027-09-01").when().get("/api/v1/deadlines").then().statusCode(200);

        assertEquals(Boolean.TRUE, CalculatorThread.lastOnIoThread());
    }

    @Test
    void aMissingDepartureDateIsAValidationProblem() {
        given().when().get("/api/v1/deadlines")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://placements.example/problems/validation"))
                .body("violations.field", hasItem("departureDate"));
    }

    @Test
    void anUnreadableDepartureDateIsAValidationProblemNamingTheParameter() {
        given().queryParam("departureDate", "31-08-2027")
                .when().get("/api/v1/deadlines")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("departureDate"))
                .body("violations[0].message", containsString("yyyy-MM-dd"));
    }

    @Test
    void anImpossibleDateIsRefused() {
        given().queryParam("departureDate", "2027-02-30")
                .when().get("/api/v1/deadlines")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("departureDate"));
    }

    @Test
    void anUnknownPlacementTypeIsAValidationProblem() {
        given().queryParam("departureDate", "2027-09-01").queryParam("placementType", "HOLIDAY")
                .when().get("/api/v1/deadlines")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("placementType"))
                .body("violations[0].message", containsString("RESEARCH_INTERNSHIP"));
    }
}
