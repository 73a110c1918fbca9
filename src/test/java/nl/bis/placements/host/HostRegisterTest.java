package nl.bis.placements.host;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The register of hosts: the faculty's offering, kept by staff, read by everyone signed in. */
@QuarkusTest
class HostRegisterTest {

    private static final String HOSTS = "/api/v1/hosts";

    private static String body(String name, String country, String types, String extra) {
        return "{\"name\": \"" + name + "\", \"countryCode\": \"" + country + "\", \"placementTypes\": " + types
                + extra + "}";
    }

    private static Response create(String body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(HOSTS);
    }

    private static String fresh() {
        return "Clinica " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theRegisterStartsWithTheFacultysOfferingNamedInItsPage() {
        given().auth().oauth2(TestStudents.fresh().token()).when().get(HOSTS).then().statusCode(200)
                .body("name", hasItems("Horacio Oduber Hospital", "GP practices Aruba", "GP practices Sint Maarten",
                        "Approved GP practices Suriname", "Social medicine locations Aruba",
                        "Social medicine locations Suriname", "Clinical clerkships Brussels",
                        "Clinical clerkships South Africa", "Clinical clerkships Colombia"))
                .body("find { it.name == 'Horacio Oduber Hospital' }.countryCode", equalTo("AW"))
                .body("find { it.name == 'Horacio Oduber Hospital' }.placementTypes", hasItem("CLINICAL_CLERKSHIP"))
                .body("find { it.name == 'Approved GP practices Suriname' }.contactEmail",
                        equalTo("International.vu@amsterdamumc.nl"));
        given().auth().oauth2(Tokens.coordinator()).queryParam("countryCode", "SR")
                .queryParam("placementType", "SOCIAL_MEDICINE_CLERKSHIP").when().get(HOSTS).then().statusCode(200)
                .body("countryCode", everyItem(equalTo("SR")))
                .body("name", hasItem("Social medicine locations Suriname"))
                .body("name", not(hasItem("Approved GP practices Suriname")));
    }

    @Test
    void staffAddAHostAndItIsOnePerNameInACountry() {
        String name = fresh();
        String location = create(body(name, "CO", "[\"ELECTIVE_CLERKSHIP\"]",
                ", \"city\": \"Medellín\", \"contactPhone\": \"+5746041234\""), Tokens.staff())
                .then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name)).body("active", equalTo(true)).body("city", equalTo("Medellín"))
                .extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        create(body("  " + name.toUpperCase() + " ", "CO", "[]", ""), Tokens.staff()).then().statusCode(409)
                .body("type", endsWith("/host-exists")).body("hostId", equalTo((int) id));
        create(body(name, "PE", "[]", ""), Tokens.staff()).then().statusCode(201);
        given().auth().oauth2(Tokens.student1()).when().get(location).then().statusCode(200)
                .body("contactPhone", equalTo("+5746041234"));
    }

    @Test
    void badHostsAreRefusedWithTheMemberNamed() {
        create(body(fresh(), "XX", "[]", ""), Tokens.staff()).then().statusCode(400)
                .body("violations.field", hasItem("countryCode"));
        create(body(fresh(), "CO", "[\"SURFING\"]", ""), Tokens.staff()).then().statusCode(400);
        create(body(fresh(), "CO", "[]", ", \"contactPhone\": \"0612345678\""), Tokens.staff()).then()
                .statusCode(400).body("violations.field", hasItem("contactPhone"));
        create(body(fresh(), "CO", "[]", ", \"contactEmail\": \"not an address\""), Tokens.staff()).then()
                .statusCode(400).body("violations.field", hasItem("contactEmail"));
        create(body("", "CO", "[]", ""), Tokens.staff()).then().statusCode(400)
                .body("violations.field", hasItem("name"));
    }

    @Test
    void onlyStaffKeepTheRegister() {
        create(body(fresh(), "CO", "[]", ""), Tokens.coordinator()).then().statusCode(403);
        create(body(fresh(), "CO", "[]", ""), TestStudents.fresh().token()).then().statusCode(403);
        create(body(fresh(), "CO", "[]", ""), Tokens.klApp()).then().statusCode(403);
        given().when().get(HOSTS).then().statusCode(401);
    }

    @Test
    void aReplacementNeedsTheCurrentETagAndASwitchedOffHostIsListedOnlyWhenAsked() {
        String name = fresh();
        String location = create(body(name, "ZA", "[\"CLINICAL_CLERKSHIP\"]", ""), Tokens.staff())
                .then().statusCode(201).extract().header("Location");
        String off = body(name, "ZA", "[\"CLINICAL_CLERKSHIP\"]", ", \"active\": false");

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(off).when().put(location)
                .then().statusCode(428);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(off)
                .when().put(location).then().statusCode(412);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(off)
                .when().put(location).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("active", equalTo(false));

        given().auth().oauth2(Tokens.staff()).queryParam("countryCode", "ZA").when().get(HOSTS).then()
                .body("name", not(hasItem(name)));
        given().auth().oauth2(Tokens.staff()).queryParam("countryCode", "ZA").queryParam("includeInactive", true)
                .when().get(HOSTS).then().body("name", hasItem(name));
        given().auth().oauth2(Tokens.staff()).when().get(HOSTS + "/" + Long.MAX_VALUE).then().statusCode(404);
    }
}
