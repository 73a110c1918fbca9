package nl.bis.placements.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorsTest {

    @Test
    void theConfiguredFrontendOriginMayCallTheApi() {
        given().header("Origin", "https://frontend.example.org")
                .header("Access-Control-Request-Method", "PUT")
                .when().options("/api/v1/deadline-rules/1")
                .then().header("Access-Control-Allow-Origin", equalTo("https://frontend.example.org"));
    }

    @Test
    void anyOtherOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/deadlines")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
