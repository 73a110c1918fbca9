package nl.bis.placements.deadline;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.DeadlineRuleRequest.create;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.bis.placements.testing.DeadlineRuleRequest;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeadlineRulesEndpointTest {

    /** Each test writes rules in its own far-future year, so tests never see each other's windows. */
    private static final AtomicInteger YEAR = new AtomicInteger(2100);

    /** A "Test rule" from {@code from} until {@code until} (open-ended when null). */
    private static String rule(String type, String kind, String leadTime, String from, String until) {
        return DeadlineRuleRequest.rule(type, kind, leadTime, from).validUntil(until).json();
    }

    private static String freshYear() {
        return String.valueOf(YEAR.getAndIncrement());
    }

    @Test
    void signedInStudentsStaffAndCoordinatorsListTheSeededRules() {
        for (String token : List.of(Tokens.student1(), Tokens.staff(), Tokens.coordinator())) {
            given().auth().oauth2(token).queryParam("activeOn", "2027-01-01")
                    .when().get("/api/v1/deadline-rules")
                    .then().statusCode(200)
                    .body("findAll { it.kind == 'REGISTRATION' && it.createdBy == 'migration' }.placementType",
                            hasItems("RESEARCH_INTERNSHIP", "GP_CLERKSHIP", "SOCIAL_MEDICINE_CLERKSHIP", "SENIOR_CLERKSHIP"))
                    .body("find { it.placementType == 'GP_CLERKSHIP' && it.kind == 'REGISTRATION' }.leadTime",
                            equalTo("P4M"));
        }
    }

    @Test
    void rulesCanBeFilteredByType() {
        given().auth().oauth2(Tokens.student1()).queryParam("placementType", "SENIOR_CLERKSHIP")
                .queryParam("activeOn", "2027-01-01")
                .when().get("/api/v1/deadline-rules")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("placementType", everyItem(equalTo("SENIOR_CLERKSHIP")))
                .body("kind", hasItems("REGISTRATION", "ADVISORY"));
    }

    @Test
    void anonymousCallersGetAProblemWithABearerChallenge() {
        given().when().get("/api/v1/deadline-rules")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", endsWith("/unauthorized"));
    }

    @Test
    void theKlAppCannotReadRules() {
        given().auth().oauth2(Tokens.klApp()).when().get("/api/v1/deadline-rules")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/forbidden"));
    }

    @Test
    void staffCreateARuleWithLocationAndETag() {
        String year = freshYear();
        Response created = create(rule("TROPICAL_INTERNSHIP", "REGISTRATION", "P5M", year + "-01-01", year + "-12-31"));

        created.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("leadTime", equalTo("P5M"))
                .body("createdBy", equalTo("staff1"))
                .body("updatedBy", equalTo("staff1"))
                .body("retired", equalTo(false));
        given().auth().oauth2(Tokens.student1()).when().get(created.header("Location"))
                .then().statusCode(200).body("validUntil", equalTo(year + "-12-31"));
    }

    @Test
    void studentsAndCoordinatorsCannotCreateRules() {
        String year = freshYear();
        for (String token : List.of(Tokens.student1(), Tokens.coordinator(), Tokens.klApp())) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(rule("GP_CLERKSHIP", "REGISTRATION", "P5M", year + "-01-01", null))
                    .when().post("/api/v1/deadline-rules")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void anOverlappingWindowOfTheSameTypeAndKindIsAConflict() {
        String year = freshYear();
        create(rule("ELECTIVE_CLERKSHIP", "REGISTRATION", "P2M", year + "-01-01", year + "-06-30"))
                .then().statusCode(201);

        create(rule("ELECTIVE_CLERKSHIP", "REGISTRATION", "P4M", year + "-06-30", year + "-12-31"))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/rule-overlap"));
        create(rule("SOCIAL_MEDICINE_CLERKSHIP", "ADVISORY", "P9M", year + "-06-30", year + "-12-31"))
                .then().statusCode(409); // the seeded open-ended advisory rule covers it
        create(rule("ELECTIVE_CLERKSHIP", "REGISTRATION", "P4M", year + "-07-01", year + "-12-31"))
                .then().statusCode(201);
    }

    @Test
    void theLeadTimeMustBeAPositivePeriodOfMonthsWeeksOrDays() {
        String year = freshYear();
        for (String bad : List.of("P0M", "PT6H", "6 months", "P-3M")) {
            create(rule("GP_CLERKSHIP", "REGISTRATION", bad, year + "-01-01", null))
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("leadTime"));
        }
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefused() {
        String year = freshYear();
        create(rule("GP_CLERKSHIP", "REGISTRATION", "P4M", year + "-05-01", year + "-04-30"))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("validUntil"));
    }

    @Test
    void missingMembersAreAllNamed() {
        create("{}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("placementType", "kind", "leadTime", "validFrom", "description"));
    }

    @Test
    void anUnknownTypeOrKindIsNamedWithTheAllowedValues() {
        create(rule("HOLIDAY", "REGISTRATION", "P4M", "2199-01-01", null))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("placementType"))
                .body("violations[0].message", containsString("GP_CLERKSHIP"));
        create(rule("GP_CLERKSHIP", "HARD", "P4M", "2199-01-01", null))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
    }

    @Test
    void anUnreadableDateInTheBodyIsNamed() {
        create(rule("GP_CLERKSHIP", "REGISTRATION", "P4M", "2199-13-01", null))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("validFrom"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        create("{\"placementType\": ").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.TEXT).body("P6M")
                .when().post("/api/v1/deadline-rules")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void replacingRequiresTheCurrentETag() {
        String year = freshYear();
        Response created = create(rule("CLINICAL_CLERKSHIP", "REGISTRATION", "P4M", year + "-01-01", year + "-06-30"));
        String location = created.header("Location");
        String body = rule("CLINICAL_CLERKSHIP", "REGISTRATION", "P4M", year + "-01-01", year + "-03-31");

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                .when().put(location)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body).header("If-Match", "\"7\"")
                .when().put(location)
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                .header("If-Match", created.header("ETag"))
                .when().put(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("validUntil", equalTo(year + "-03-31"))
                .body("version", equalTo(1));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                .header("If-Match", created.header("ETag"))
                .when().put(location)
                .then().statusCode(412);
    }

    @Test
    void ofTwoConcurrentReplacementsWithTheSameETagExactlyOneWins() throws Exception {
        String year = freshYear();
        Response created = create(rule("TROPICAL_INTERNSHIP", "REGISTRATION", "P6M", year + "-01-01", year + "-12-31"));
        String location = created.header("Location");
        String etag = created.header("ETag");

        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String until = year + "-12-" + (10 + i);
                Callable<Integer> put = () -> {
                    start.await();
                    return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                            .body(rule("TROPICAL_INTERNSHIP", "REGISTRATION", "P6M", year + "-01-01", until))
                            .header("If-Match", etag)
                            .when().put(location).statusCode();
                };
                results.add(pool.submit(put));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
            assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(Tokens.staff()).when().get(location)
                .then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void deletingAnUnusedRuleRemovesIt() {
        String year = freshYear();
        String location = create(rule("EXTRACURRICULAR", "REGISTRATION", "P8W", year + "-01-01", year + "-12-31"))
                .header("Location");
        given().auth().oauth2(Tokens.student1()).when().delete(location).then().statusCode(403);
        given().auth().oauth2(Tokens.staff()).when().delete(location).then().statusCode(204);
        given().auth().oauth2(Tokens.staff()).when().get(location).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.staff()).when().delete(location).then().statusCode(404);
    }

    @Test
    void anUnknownRuleIsNotFound() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/deadline-rules/987654321")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void aRuleIdThatIsNotANumberIsAValidationProblem() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/deadline-rules/abc")
                .then().statusCode(400).body("violations[0].field", equalTo("id"));
    }

    @Test
    void anUnreadableFilterIsNamed() {
        given().auth().oauth2(Tokens.staff()).queryParam("activeOn", "soon")
                .when().get("/api/v1/deadline-rules")
                .then().statusCode(400).body("violations[0].field", equalTo("activeOn"));
        given().auth().oauth2(Tokens.staff()).queryParam("includeRetired", "yes")
                .when().get("/api/v1/deadline-rules")
                .then().statusCode(400).body("violations[0].field", equalTo("includeRetired"));
    }

    @Test
    void retiredRulesAreHiddenUnlessAskedFor() {
        given().auth().oauth2(Tokens.staff()).queryParam("includeRetired", "false")
                .when().get("/api/v1/deadline-rules")
                .then().statusCode(200).body("retired", not(hasItem(true)));
    }
}
