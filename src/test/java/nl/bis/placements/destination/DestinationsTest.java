package nl.bis.placements.destination;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.StaffPlacements.placementIn;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@ExtendWith(TestClockReset.class)
class DestinationsTest {

    @Inject
    TestClock clock;

    private static Response setAdvice(String country, String advice) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"travelAdvice\": \"" + advice + "\", \"reason\": \"Security situation\"}")
                .when().put("/api/v1/destinations/" + country + "/travel-advice");
    }

    @Test
    void everyCountryIsListedWithItsPreparationRule() {
        given().auth().oauth2(Tokens.student1()).when().get("/api/v1/destinations")
                .then().statusCode(200)
                .body("", hasSize(249))
                .body("find { it.countryCode == 'GH' }.cbsClassification", equalTo("NON_WESTERN"))
                .body("find { it.countryCode == 'GH' }.requiresPreparationMeeting", equalTo(true))
                .body("find { it.countryCode == 'DE' }.requiresPreparationMeeting", equalTo(false))
                .body("find { it.countryCode == 'JP' }.cbsClassification", equalTo("WESTERN"))
                .body("find { it.countryCode == 'ID' }.cbsClassification", equalTo("WESTERN"))
                .body("find { it.countryCode == 'TR' }.requiresPreparationMeeting", equalTo(true))
                .body("find { it.countryCode == 'AW' }.caribbeanPartOfKingdom", equalTo(true));
    }

    @Test
    void theCaribbeanPartsOfTheKingdomNeedAPreparationMeeting() {
        given().auth().oauth2(Tokens.staff()).queryParam("requiresPreparationMeeting", true)
                .when().get("/api/v1/destinations")
                .then().body("countryCode", hasItems("AW", "CW", "SX", "BQ", "SR", "GH"))
                .body("countryCode", not(hasItem("NL")));
        given().auth().oauth2(Tokens.staff()).queryParam("region", "OCEANIA").when().get("/api/v1/destinations")
                .then().body("region", everyItem(equalTo("OCEANIA")));
        given().auth().oauth2(Tokens.staff()).queryParam("region", "ATLANTIS").when().get("/api/v1/destinations")
                .then().statusCode(400).body("violations[0].field", equalTo("region"));
    }

    @Test
    void oneCountryWithItsETag() {
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/v1/destinations/SR")
                .then().statusCode(200).header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("nameEn", equalTo("Suriname"));
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/destinations/XX").then().statusCode(404);
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/destinations/gh").then().statusCode(400);
        given().auth().oauth2(Tokens.klApp()).when().get("/api/v1/destinations").then().statusCode(403);
    }

    @Test
    void orangeAdviceFlagsTheApprovedAndAbroadPlacementsThereForReview() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        String approved = placementIn("ML", "2027-09-06", "2027-11-01", true);
        String registered = placementIn("ML", "2027-09-06", "2027-11-01", false);

        setAdvice("ML", "ORANGE").then().statusCode(200).body("travelAdvice", equalTo("ORANGE"))
                .body("travelAdviceChangedBy", equalTo("staff1"));

        given().auth().oauth2(Tokens.staff()).when().get(approved).then().body("flaggedForReview", equalTo(true));
        given().auth().oauth2(Tokens.staff()).when().get(registered).then().body("flaggedForReview", equalTo(false));
        given().auth().oauth2(Tokens.staff()).when().get(approved + "/history")
                .then().body("action", hasItem("FLAGGED_FOR_REVIEW"))
                .body("find { it.action == 'FLAGGED_FOR_REVIEW' }.reason", org.hamcrest.Matchers.containsString("ORANGE"));
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/destinations/ML/travel-advice-history")
                .then().statusCode(200)
                .body("[-1].to", equalTo("ORANGE"))
                .body("[-1].flaggedPlacements", greaterThanOrEqualTo(1));
        given().auth().oauth2(Tokens.staff()).when().get(approved + "/readiness")
                .then().body("readyToDepart", equalTo(false))
                .body("flaggedForReview", equalTo(true))
                .body("requirements.find { it.code == 'TRAVEL_ADVICE' }.status", equalTo("UNMET"));
        setAdvice("ML", "GREEN").then().statusCode(200);
    }

    @Test
    void onlyStaffSetTheTravelAdvice() {
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body("{\"travelAdvice\": \"RED\"}")
                .when().put("/api/v1/destinations/NE/travel-advice").then().statusCode(403);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"travelAdvice\": \"PURPLE\"}")
                .when().put("/api/v1/destinations/NE/travel-advice").then().statusCode(400)
                .body("violations[0].field", equalTo("travelAdvice"));
    }
}
