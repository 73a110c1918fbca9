package nl.bis.placements.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Behind a proxy, Location headers point at the configured public address. */
@QuarkusTest
@TestProfile(PublicBaseUrlTest.BehindAProxy.class)
class PublicBaseUrlTest {

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("placements.public-base-url", "https://placements.example.org/");
        }
    }

    @Test
    void aLocationIsBuiltOnTheConfiguredPublicAddress() {
        String number = TestStudents.freshNumber();
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("""
                        {"placementType": "GP_CLERKSHIP",
                         "destination": {"countryCode": "CW", "city": "Willemstad", "hostInstitution": "Hospital"},
                         "departureDate": "2028-07-01", "returnDate": "2028-09-01",
                         "studentNumber": "%s", "studentName": "Student %s", "studentEmail": "s%s@student.example.org"}"""
                        .formatted(number, number, number))
                .post("/api/v1/placements")
                .then().statusCode(201).header("Location", startsWith("https://placements.example.org/api/v1/placements/"));
    }
}
