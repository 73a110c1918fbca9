package nl.bis.placements.placementtype;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlacementTypesEndpointTest {

    @Test
    void theEightPlacementTypesArePublicReferenceData() {
        given().when().get("/api/v1/placement-types")
                .then().statusCode(200)
                .body("", hasSize(8))
                .body("code", contains("CLINICAL_CLERKSHIP", "GP_CLERKSHIP", "SOCIAL_MEDICINE_CLERKSHIP",
                        "SENIOR_CLERKSHIP", "RESEARCH_INTERNSHIP", "ELECTIVE_CLERKSHIP", "TROPICAL_INTERNSHIP",
                        "EXTRACURRICULAR"))
                .body("find { it.code == 'GP_CLERKSHIP' }.nameNl", equalTo("Coschap huisartsgeneeskunde"));
    }

    @Test
    void durationConstraintsComeFromTheFacultyRules() {
        given().when().get("/api/v1/placement-types")
                .then().statusCode(200)
                .body("find { it.code == 'TROPICAL_INTERNSHIP' }.minDurationWeeks", equalTo(8))
                .body("find { it.code == 'TROPICAL_INTERNSHIP' }.maxDurationWeeks", equalTo(8))
                .body("find { it.code == 'ELECTIVE_CLERKSHIP' }.minDurationWeeks", equalTo(6))
                .body("find { it.code == 'RESEARCH_INTERNSHIP' }.minDurationWeeks", equalTo(16))
                .body("find { it.code == 'RESEARCH_INTERNSHIP' }.recommendedDurationWeeks", equalTo(24))
                .body("find { it.code == 'RESEARCH_INTERNSHIP' }.registrationChannel", equalTo("KL-app"));
    }
}
