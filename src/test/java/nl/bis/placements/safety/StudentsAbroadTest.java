package nl.bis.placements.safety;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import nl.bis.placements.testing.Checklists;
import nl.bis.placements.testing.EmergencyContacts;
import nl.bis.placements.testing.StaffPlacements;
import nl.bis.placements.testing.StudentDetails;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who is abroad on a date, for staff when the travel advice turns red. The tests use countries no other test sends
 * students to (Laos, Cambodia, Mozambique, Mongolia, Malawi, Nicaragua, Zambia), so the lists hold only their placements.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class StudentsAbroadTest {

    private static final String ABROAD = "/api/v1/abroad";

    @Inject
    TestClock clock;

    @BeforeEach
    void registeredInJanuary2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
    }

    /** A senior clerkship of a fresh student with this name, registered by staff; its location. */
    private static String placementOf(String name, String country) {
        StudentDetails student = new StudentDetails(TestStudents.freshNumber(), name,
                name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@student.example.org");
        return register(Tokens.staff(), placement("SENIOR_CLERKSHIP", country, "2027-09-06", "2027-11-01")
                .at("Capital", "University Hospital").discipline(null).student(student))
                .then().statusCode(201).extract().header("Location");
    }

    private static long id(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String studentToken(String placement) {
        JsonPath p = given().auth().oauth2(Tokens.staff()).when().get(placement).then().extract().jsonPath();
        return Tokens.student("student-" + p.getString("studentNumber"), p.getString("studentNumber"),
                p.getString("studentName"), p.getString("studentEmail"));
    }

    /** Staff take an approved placement abroad: meeting waived, papers settled, after the student gave contacts. */
    private static void takeAbroad(String placement, String contacts) {
        EmergencyContacts.put(studentToken(placement), contacts).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"reason\": \"Attended the meeting at the partner faculty\"}")
                .when().put(placement + "/readiness/PREPARATION_MEETING/waiver").then().statusCode(200);
        Checklists.settle(placement, "DEPARTURE");
        move(placement, "ABROAD", null);
    }

    private static void move(String placement, String status, String reason) {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(reason == null ? "{\"status\": \"" + status + "\"}"
                        : "{\"status\": \"" + status + "\", \"reason\": \"" + reason + "\"}")
                .when().post(placement + "/status").then().statusCode(200);
    }

    private static JsonPath list(String query) {
        return given().auth().oauth2(Tokens.staff()).when().get(ABROAD + "?" + query).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    private static List<Long> ids(JsonPath list) {
        return list.getList("items.placementId", Long.class);
    }

    @Test
    void theListHoldsAbroadPlacementsAndApprovedOnesWhoseDatesContainTheDate() {
        String approved = placementOf("Zoe Achterberg", "LA");
        StaffPlacements.approve(approved);
        String abroad = placementOf("Anna Visser", "LA");
        StaffPlacements.approve(abroad);
        takeAbroad(abroad, EmergencyContacts.ENOUGH);
        String registered = placementOf("Bram Registered", "LA");
        String withdrawn = placementOf("Carla Withdrawn", "LA");
        StaffPlacements.approve(withdrawn);
        move(withdrawn, "WITHDRAWN", "Changed plans");

        assertEquals(List.of(id(abroad), id(approved)), ids(list("countryCode=LA&on=2027-09-06")));
        assertEquals(List.of(id(abroad), id(approved)), ids(list("countryCode=LA&on=2027-11-01")));
        assertEquals(List.of(id(abroad)), ids(list("countryCode=LA&on=2027-09-05")));
        assertEquals(List.of(id(abroad)), ids(list("countryCode=LA&on=2027-11-02")));
        JsonPath onTheDay = list("countryCode=LA&on=2027-10-01");
        assertEquals("2027-10-01", onTheDay.getString("on"));
        assertEquals("LA", onTheDay.getString("countryCode"));
        assertEquals(2, onTheDay.getInt("count"));
        assertFalse(ids(onTheDay).contains(id(registered)) || ids(onTheDay).contains(id(withdrawn)));
    }

    @Test
    void eachEntryCarriesTheStudentTheHostTheAdviceAndHowToReachThemAndTheirFamily() {
        String placement = placementOf("Daan Jansen", "KH");
        StaffPlacements.approve(placement);
        takeAbroad(placement, """
                {"phoneAbroad": "+85512345678",
                 "contacts": [{"name": "Ineke Jansen", "relation": "mother", "phone": "+31612345678",
                               "email": "ineke.jansen@example.nl"},
                              {"name": "Pieter Jansen", "phone": "+31687654321"}]}""");
        given().auth().oauth2(studentToken(placement)).contentType(ContentType.JSON)
                .body("{\"addressLine1\": \"Street 240, house 12\", \"city\": \"Phnom Penh\"}")
                .when().put(placement + "/address-abroad").then().statusCode(200);
        String without = placementOf("Eva Zonder", "KH");
        StaffPlacements.approve(without);

        given().auth().oauth2(Tokens.staff()).when().get(ABROAD + "?countryCode=KH&on=2027-09-10").then()
                .statusCode(200)
                .body("count", equalTo(2))
                .body("items[0].placementId", equalTo((int) id(placement)))
                .body("items[0].placementType", equalTo("SENIOR_CLERKSHIP"))
                .body("items[0].status", equalTo("ABROAD"))
                .body("items[0].departureDate", equalTo("2027-09-06"))
                .body("items[0].returnDate", equalTo("2027-11-01"))
                .body("items[0].studentName", equalTo("Daan Jansen"))
                .body("items[0].studentEmail", equalTo("daan.jansen@student.example.org"))
                .body("items[0].hostInstitution", equalTo("University Hospital"))
                .body("items[0].city", equalTo("Capital"))
                .body("items[0].countryName", equalTo("Cambodia"))
                .body("items[0].region", equalTo("ASIA"))
                .body("items[0].travelAdvice", equalTo("GREEN"))
                .body("items[0].flaggedForReview", equalTo(false))
                .body("items[0].phoneAbroad", equalTo("+85512345678"))
                .body("items[0].addressAbroad.addressLine1", equalTo("Street 240, house 12"))
                .body("items[0].addressAbroad.city", equalTo("Phnom Penh"))
                .body("items[0].emergencyContacts.name", org.hamcrest.Matchers.contains("Ineke Jansen", "Pieter Jansen"))
                .body("items[0].emergencyContacts[0].phone", equalTo("+31612345678"))
                .body("items[1].studentName", equalTo("Eva Zonder"))
                .body("items[1].status", equalTo("APPROVED"))
                .body("items[1].emergencyContacts", org.hamcrest.Matchers.emptyIterable())
                .body("items[1].phoneAbroad", org.hamcrest.Matchers.nullValue())
                .body("items[1].addressAbroad", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theRegionAndCountryFiltersNarrowTheListSortedByCountryThenStudent() {
        String mozambique = placementOf("Femke Mozambique", "MZ");
        StaffPlacements.approve(mozambique);
        String mongolia = placementOf("Gijs Mongolia", "MN");
        StaffPlacements.approve(mongolia);

        List<Long> africa = ids(list("region=AFRICA&on=2027-09-10"));
        assertTrue(africa.contains(id(mozambique)) && !africa.contains(id(mongolia)), africa.toString());
        List<Long> asia = ids(list("region=ASIA&on=2027-09-10"));
        assertTrue(asia.contains(id(mongolia)) && !asia.contains(id(mozambique)), asia.toString());
        assertEquals(List.of(), ids(list("region=EUROPE&countryCode=MZ&on=2027-09-10")));
        assertEquals(List.of(id(mozambique)), ids(list("region=AFRICA&countryCode=MZ&on=2027-09-10")));
        assertEquals(List.of(), ids(list("countryCode=QQ&on=2027-09-10")));

        List<Long> all = ids(list("on=2027-09-10"));
        assertTrue(all.indexOf(id(mongolia)) >= 0 && all.indexOf(id(mongolia)) < all.indexOf(id(mozambique)),
                all.toString());
        List<String> countries = list("on=2027-09-10").getList("items.countryCode");
        assertEquals(countries.stream().sorted().toList(), countries);
    }

    @Test
    void withoutADateTheListIsForTodayInAmsterdam() {
        String placement = placementOf("Hanna Today", "MW");
        StaffPlacements.approve(placement);
        clock.fixOn(LocalDate.of(2027, 9, 7));
        JsonPath today = list("countryCode=MW");
        assertEquals("2027-09-07", today.getString("on"));
        assertTrue(ids(today).contains(id(placement)));
    }

    @Test
    void theCsvHoldsTheSameEntriesWithEveryCellThatWouldBeAFormulaGuarded() throws IOException {
        String placement = placementOf("Ilse Csv", "NI");
        StaffPlacements.approve(placement);
        takeAbroad(placement, """
                {"phoneAbroad": "+85620123456",
                 "contacts": [{"name": "=HYPERLINK(1)", "relation": "@father", "phone": "+31612345678"}]}""");

        String csv = given().auth().oauth2(Tokens.staff()).accept("text/csv").when()
                .get(ABROAD + "?countryCode=NI&on=2027-12-24").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"abroad-2027-12-24.csv\""))
                .extract().asString();
        assertTrue(csv.startsWith("\uFEFF"), "starts with a byte-order mark");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        CSVRecord row = rows.stream().filter(r -> r.get("placementId").equals(String.valueOf(id(placement))))
                .findFirst().orElseThrow();
        assertEquals("Ilse Csv", row.get("studentName"));
        assertEquals("ABROAD", row.get("status"));
        assertEquals("NI", row.get("countryCode"));
        assertEquals("LATIN_AMERICA_CARIBBEAN", row.get("region"));
        assertEquals("'+85620123456", row.get("phoneAbroad"));
        assertEquals("'=HYPERLINK(1)", row.get("contact1Name"));
        assertEquals("'@father", row.get("contact1Relation"));
        assertEquals("'+31612345678", row.get("contact1Phone"));
        assertEquals("", row.get("contact2Name"));
        assertEquals("", row.get("contact5Email"));
        assertEquals(list("countryCode=NI&on=2027-12-24").getInt("count"), rows.size());
    }

    @Test
    void aRedTravelAdviceIsAnsweredWithTheStudentsThereNowAndTheirList() {
        String first = placementOf("Jan Zambia", "ZM");
        StaffPlacements.approve(first);
        String second = placementOf("Kim Zambia", "ZM");
        StaffPlacements.approve(second);
        placementOf("Lars Notyet", "ZM");
        clock.fixOn(LocalDate.of(2027, 9, 10));
        try {
            String link = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                    .body("{\"travelAdvice\": \"RED\", \"reason\": \"Unrest after the elections\"}")
                    .when().put("/api/v1/destinations/ZM/travel-advice").then().statusCode(200)
                    .body("travelAdvice", equalTo("RED"))
                    .body("studentsAbroadNow", equalTo(2))
                    .body("abroadNow", equalTo("/api/v1/abroad?countryCode=ZM&on=2027-09-10"))
                    .header("Link", equalTo("</api/v1/abroad?countryCode=ZM&on=2027-09-10>; rel=\"related\""))
                    .extract().path("abroadNow");

            given().auth().oauth2(Tokens.staff()).when().get(link).then().statusCode(200)
                    .body("count", equalTo(2))
                    .body("items.travelAdvice", org.hamcrest.Matchers.everyItem(equalTo("RED")))
                    .body("items.flaggedForReview", org.hamcrest.Matchers.everyItem(equalTo(true)));
            given().auth().oauth2(Tokens.staff()).accept("text/csv").when().get(link).then().statusCode(200)
                    .body(containsString("Kim Zambia"));

            given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                    .body("{\"travelAdvice\": \"YELLOW\"}")
                    .when().put("/api/v1/destinations/ZM/travel-advice").then().statusCode(200)
                    .body("studentsAbroadNow", equalTo(2))
                    .body("abroadNow", org.hamcrest.Matchers.nullValue())
                    .header("Link", org.hamcrest.Matchers.nullValue());
        } finally {
            given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"travelAdvice\": \"GREEN\"}")
                    .when().put("/api/v1/destinations/ZM/travel-advice").then().statusCode(200);
        }
    }

    @Test
    void onlyStaffListTheStudentsAbroad() {
        for (String token : new String[] {Tokens.coordinator(), Tokens.student1(), Tokens.klApp()}) {
            given().auth().oauth2(token).when().get(ABROAD).then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).accept("text/csv").when().get(ABROAD).then().statusCode(403);
        }
        given().when().get(ABROAD).then().statusCode(401);
    }

    @Test
    void invalidFiltersAndUnacceptableMediaTypesAreProblems() {
        String[][] cases = {{"on=2027-02-30", "on"}, {"on=tomorrow", "on"}, {"on=0001-01-01", "on"},
            {"countryCode=la", "countryCode"}, {"countryCode=LAO", "countryCode"}, {"region=asia", "region"}};
        for (String[] c : cases) {
            given().auth().oauth2(Tokens.staff()).when().get(ABROAD + "?" + c[0]).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/validation"))
                    .body("violations[0].field", equalTo(c[1]));
        }
        given().auth().oauth2(Tokens.staff()).accept("application/xml").when().get(ABROAD).then().statusCode(406)
                .contentType("application/problem+json");
    }
}
