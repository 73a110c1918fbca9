package nl.bis.placements.placement;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.StudentDetails;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@ExtendWith(TestClockReset.class)
class PlacementListTest {

    @Inject
    TestClock clock;

    private String number;

    @BeforeEach
    void threePlacementsOfOneStudent() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        number = TestStudents.freshNumber();
        register(Tokens.staff(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-08-01").forStudent(number))
                .then().statusCode(201);
        register(Tokens.staff(),
                placement("SOCIAL_MEDICINE_CLERKSHIP", "SR", "2027-08-15", "2027-09-15").forStudent(number))
                .then().statusCode(201);
        register(Tokens.staff(), placement("TROPICAL_INTERNSHIP", "GH", "2027-10-04", "2027-11-29").forStudent(number))
                .then().statusCode(201);
    }

    @Test
    void staffFilterByStudentTypeCountryAndDepartureWindow() {
        given().auth().oauth2(Tokens.staff()).queryParam("studentNumber", number)
                .when().get("/api/v1/placements")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.departureDate", org.hamcrest.Matchers.contains("2027-07-01", "2027-08-15", "2027-10-04"));
        given().auth().oauth2(Tokens.staff()).queryParam("studentNumber", number).queryParam("countryCode", "GH")
                .when().get("/api/v1/placements").then().body("totalItems", equalTo(1));
        given().auth().oauth2(Tokens.staff()).queryParam("studentNumber", number)
                .queryParam("placementType", "SOCIAL_MEDICINE_CLERKSHIP")
                .when().get("/api/v1/placements").then().body("items[0].destination.countryCode", equalTo("SR"));
        given().auth().oauth2(Tokens.coordinator()).queryParam("studentNumber", number)
                .queryParam("departureFrom", "2027-08-01").queryParam("departureTo", "2027-09-30")
                .when().get("/api/v1/placements").then().body("totalItems", equalTo(1));
        given().auth().oauth2(Tokens.staff()).queryParam("studentNumber", number).queryParam("status", "APPROVED")
                .when().get("/api/v1/placements").then().body("totalItems", equalTo(0)).body("items", hasSize(0));
        given().auth().oauth2(Tokens.staff()).queryParam("q", "student " + number).queryParam("late", "false")
                .when().get("/api/v1/placements").then().body("totalItems", equalTo(3));
    }

    @Test
    void pagesCarryTheTotalAndSortingIsStable() {
        given().auth().oauth2(Tokens.staff()).queryParam("studentNumber", number).queryParam("size", 2)
                .queryParam("page", 1).queryParam("sort", "-departureDate")
                .when().get("/api/v1/placements")
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("items", hasSize(1))
                .body("items[0].departureDate", equalTo("2027-07-01"));
    }

    @Test
    void thePageSizeIsCappedAt200() {
        given().auth().oauth2(Tokens.staff()).queryParam("size", 100000)
                .when().get("/api/v1/placements").then().statusCode(200).body("size", equalTo(200));
    }

    @Test
    void badListParametersAreNamed() {
        for (String[] bad : new String[][] {{"sort", "cost"}, {"status", "DONE"}, {"page", "-1"}, {"size", "0"},
                {"departureFrom", "tomorrow"}, {"late", "maybe"}, {"page", "x"}}) {
            given().auth().oauth2(Tokens.staff()).queryParam(bad[0], bad[1])
                    .when().get("/api/v1/placements")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo(bad[0]));
        }
    }

    @Test
    void staffExportCsvWithAHeaderRow() {
        String csv = given().auth().oauth2(Tokens.staff()).accept("text/csv").queryParam("studentNumber", number)
                .when().get("/api/v1/placements")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract().asString();
        String[] lines = csv.substring(1).split("\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(4, lines.length, csv);
        org.junit.jupiter.api.Assertions.assertTrue(lines[0].startsWith("id,studentNumber,studentName,"), lines[0]);
        org.junit.jupiter.api.Assertions.assertTrue(lines[3].contains(",TROPICAL_INTERNSHIP,GH,"), lines[3]);
    }

    @Test
    void csvStartsWithAByteOrderMarkSoThatSpreadsheetsReadItAsUtf8() {
        String zoe = TestStudents.freshNumber();
        register(Tokens.staff(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-08-01")
                        .student(new StudentDetails(zoe, "Zoë Müller", "zoe@example.org")))
                .then().statusCode(201);

        byte[] csv = given().auth().oauth2(Tokens.staff()).accept("text/csv").queryParam("studentNumber", zoe)
                .when().get("/api/v1/placements")
                .then().statusCode(200)
                .extract().asByteArray();

        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                java.util.Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(text.startsWith("id,studentNumber,"), text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("," + zoe + ",Zoë Müller,zoe@example.org,"), text);
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralised() {
        String sneaky = TestStudents.freshNumber();
        register(Tokens.staff(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-08-01")
                        .student(new StudentDetails(sneaky, "=HYPERLINK(\"http://evil\")", "x@example.org")))
                .then().statusCode(201);

        given().auth().oauth2(Tokens.staff()).accept("text/csv").queryParam("studentNumber", sneaky)
                .when().get("/api/v1/placements")
                .then().statusCode(200)
                .body(containsString("'=HYPERLINK"))
                .body(not(containsString(",=HYPERLINK")));
    }

    @Test
    void onlyStaffMayExportCsv() {
        given().auth().oauth2(Tokens.coordinator()).accept("text/csv").when().get("/api/v1/placements")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.student1()).accept("text/csv").when().get("/api/v1/placements")
                .then().statusCode(403);
    }

    @Test
    void jsonIsTheDefault() {
        given().auth().oauth2(Tokens.staff()).accept(ContentType.ANY).queryParam("studentNumber", number)
                .when().get("/api/v1/placements")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("items.studentNumber", everyItem(equalTo(number)));
    }
}
