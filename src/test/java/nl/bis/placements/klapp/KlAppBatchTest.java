package nl.bis.placements.klapp;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.fromKlApp;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.bis.placements.testing.PlacementRequest;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@ExtendWith(TestClockReset.class)
class KlAppBatchTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void earlyMarch2027() {
        clock.fixOn(LocalDate.of(2027, 3, 10));
    }

    /** A batch item: the registration with its KL-app id. */
    static String item(String klAppId, PlacementRequest registration) {
        return registration.copy().klAppId(klAppId).json();
    }

    static String batch(List<String> items) {
        return "{\"items\": [" + String.join(",", items) + "]}";
    }

    @Test
    void eachItemSucceedsOrFailsOnItsOwn() {
        String created = "KL-" + UUID.randomUUID();
        String late = "KL-" + UUID.randomUUID();
        String invalid = "KL-" + UUID.randomUUID();
        PlacementRequest good = fromKlApp(TestStudents.freshNumber());
        List<String> items = List.of(
                item(created, good),
                item(late, fromKlApp(TestStudents.freshNumber(), "2027-09-06", "2028-01-10",
                        "2027-03-08T09:00:00+01:00")),
                item(invalid, good.copy().country("Ghana")),
                "{\"studentNumber\": \"1\"}",
                item(created, good));

        given().urlEncodingEnabled(false).auth().oauth2(Tokens.klApp()).contentType(ContentType.JSON).body(batch(items))
                .when().post("/api/v1/integrations/kl-app/registrations:batch")
                .then().statusCode(200)
                .body("results", hasSize(5))
                .body("results[0].outcome", equalTo("CREATED"))
                .body("results[0].status", equalTo(201))
                .body("results[0].placementId", notNullValue())
                .body("results[1].outcome", equalTo("REFUSED"))
                .body("results[1].status", equalTo(422))
                .body("results[1].problem.type", endsWith("/registration-closed"))
                .body("results[2].status", equalTo(400))
                .body("results[2].problem.violations.field", hasItem("destination.countryCode"))
                .body("results[3].status", equalTo(400))
                .body("results[3].problem.violations[0].field", equalTo("klAppId"))
                .body("results[4].outcome", equalTo("UNCHANGED"))
                .body("created", equalTo(1))
                .body("unchanged", equalTo(1))
                .body("refused", equalTo(3));
        given().auth().oauth2(Tokens.klApp()).when().get(KlAppIntegrationTest.PATH + late).then().statusCode(404);
    }

    @Test
    void aBatchHoldsOneToAThousandItems() {
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.klApp()).contentType(ContentType.JSON).body("{\"items\": []}")
                .when().post("/api/v1/integrations/kl-app/registrations:batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("items"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add("{\"klAppId\": \"x" + i + "\"}");
        }
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.klApp()).contentType(ContentType.JSON).body(batch(many))
                .when().post("/api/v1/integrations/kl-app/registrations:batch")
                .then().statusCode(400).body("violations[0].field", equalTo("items"));
    }

    @Test
    void onlyKlAppSendsBatches() {
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"items\": [{}]}")
                .when().post("/api/v1/integrations/kl-app/registrations:batch").then().statusCode(403);
    }
}
