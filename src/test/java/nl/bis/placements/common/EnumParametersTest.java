package nl.bis.placements.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every enumerated query and path parameter follows one rule, the contract's: its values are case-sensitive, and any
 * other value is a 400 naming the parameter and listing the values it allows.
 */
@QuarkusTest
class EnumParametersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/v1/placements?status=approved, status, APPROVED",
        "/api/v1/placements?placementType=gp_clerkship, placementType, GP_CLERKSHIP",
        "/api/v1/placements?sort=DEPARTUREDATE, sort, -departureDate",
        "/api/v1/deadline-rules?placementType=gp_clerkship, placementType, GP_CLERKSHIP",
        "/api/v1/destinations?region=africa, region, LATIN_AMERICA_CARIBBEAN",
        "/api/v1/destinations?travelAdvice=red, travelAdvice, ORANGE",
        "/api/v1/preparation-events?kind=info_session, kind, TROPICAL_COURSE_SESSION",
    })
    void aQueryValueInAnotherCaseIsRefusedNamingTheParameterAndItsValues(String target, String parameter,
                                                                          String allowed) {
        given().auth().oauth2(Tokens.staff()).when().get(target)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("violations[0].field", equalTo(parameter))
                .body("violations[0].message", containsString(allowed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/api/v1/placements?status=APPROVED&placementType=GP_CLERKSHIP&sort=-studentName",
        "/api/v1/deadline-rules?placementType=GP_CLERKSHIP",
        "/api/v1/destinations?region=AFRICA&travelAdvice=GREEN",
        "/api/v1/preparation-events?kind=INFO_SESSION",
    })
    void theValuesAsTheContractSpellsThemAreAccepted(String target) {
        given().auth().oauth2(Tokens.staff()).when().get(target).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"waiver, mrsa_screening", "record, Evaluation"})
    void aRequirementInAnotherCaseIsRefusedNamingThePathParameter(String action, String requirement) {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"reason\": \"x\", \"recordedOn\": \"2027-01-01\"}")
                .when().put("/api/v1/placements/1/readiness/" + requirement + "/" + action)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("requirement"))
                .body("violations[0].message", containsString("MRSA_SCREENING"));
    }
}
