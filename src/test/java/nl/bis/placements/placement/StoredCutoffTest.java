package nl.bis.placements.placement;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.DeadlineRuleRequest.create;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.DeadlineRuleRequest;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A registration keeps the cutoff and rule it was judged by: changing or retiring the rule later never moves it,
 * and a rule that judged a registration is retired rather than deleted.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class StoredCutoffTest {

    @Inject
    TestClock clock;

    /** An extracurricular registration rule from {@code from} until {@code until} (open-ended when null). */
    private static String rule(String leadTime, String from, String until) {
        return DeadlineRuleRequest.rule("EXTRACURRICULAR", "REGISTRATION", leadTime, from).validUntil(until)
                .description("Extracurricular placements").json();
    }

    @Test
    void aRuleThatJudgedARegistrationIsRetiredAndTheStoredCutoffStays() {
        clock.fixOn(LocalDate.of(2031, 3, 1));
        Response rule = create(rule("P2M", "2031-01-01", "2031-12-31"));
        rule.then().statusCode(201);
        String ruleLocation = rule.header("Location");
        long ruleId = rule.jsonPath().getLong("id");

        String placement = register(TestStudents.fresh().token(),
                        placement("EXTRACURRICULAR", "NP", "2031-09-01", "2031-10-01"))
                .then().statusCode(201)
                .body("registrationCutoff", equalTo("2031-07-01"))
                .body("ruleId", equalTo((int) ruleId))
                .extract().header("Location");

        // The terms of a used rule are fixed ...
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", rule.header("ETag"))
                .body(rule("P5M", "2031-01-01", "2031-12-31")).when().put(ruleLocation)
                .then().statusCode(409).body("type", endsWith("/rule-in-use"));
        // ... and deleting it retires it.
        given().auth().oauth2(Tokens.staff()).when().delete(ruleLocation).then().statusCode(204);
        given().auth().oauth2(Tokens.staff()).when().get(ruleLocation).then().statusCode(200)
                .body("retired", equalTo(true))
                .body("validUntil", equalTo("2031-02-28"));

        // A new rule from today on applies to new registrations only.
        create(rule("P5M", "2031-03-01", null)).then().statusCode(201);
        given().queryParam("placementType", "EXTRACURRICULAR").queryParam("departureDate", "2031-09-01")
                .when().get("/api/v1/deadlines").then().body("[0].registrationCutoff", equalTo("2031-04-01"));
        given().auth().oauth2(Tokens.staff()).when().get(placement).then().statusCode(200)
                .body("registrationCutoff", equalTo("2031-07-01"))
                .body("ruleId", equalTo((int) ruleId))
                .body("leadTime", equalTo("P2M"));
    }
}
