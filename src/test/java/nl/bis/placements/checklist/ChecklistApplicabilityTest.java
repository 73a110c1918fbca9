package nl.bis.placements.checklist;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.ChecklistTemplateRequest.freshCode;
import static nl.bis.placements.testing.ChecklistTemplateRequest.template;
import static nl.bis.placements.testing.PlacementRequest.deliver;
import static nl.bis.placements.testing.PlacementRequest.fromKlApp;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static nl.bis.placements.testing.StaffPlacements.placementIn;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.bis.placements.testing.Checklists;
import nl.bis.placements.testing.PlacementRequest;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Which placements get which items, due when, and how they follow changes of the placement. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class ChecklistApplicabilityTest {

    @Inject
    TestClock clock;

    /** The test's own template set, switched off again after it so that no other test meets its templates. */
    private String set;

    @BeforeEach
    void midJanuary2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        set = freshCode("APPLY");
    }

    @AfterEach
    void switchTheTestsSetOff() {
        if (given().auth().oauth2(Tokens.staff()).when().get(Checklists.TEMPLATES + "?templateSet=" + set)
                .then().statusCode(200).extract().jsonPath().getList("").size() > 0) {
            Checklists.setEnabled(set, false);
        }
    }

    private static Map<String, Object> item(String placement, String templateCode) {
        return Checklists.of(placement).get("find { it.templateCode == '" + templateCode + "' }");
    }

    private static List<String> applicableCodes(String placement) {
        return Checklists.of(placement).getList("findAll { it.applicable }.templateCode");
    }

    private static String registered(PlacementRequest body) {
        return register(Tokens.staff(), body.forStudent(TestStudents.freshNumber())).then().statusCode(201)
                .extract().header("Location");
    }

    /** Staff change a placement with a merge patch. */
    private static void patch(String placement, String patch) {
        String etag = given().auth().oauth2(Tokens.staff()).when().get(placement).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(Tokens.staff()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(patch).when().patch(placement).then().statusCode(200);
    }

    @Test
    void everyPlacementGetsTheStagemapItemsDueBeforeDepartureAndAfterReturn() {
        String placement = placementIn("DE", "2027-09-06", "2027-11-01", false);
        JsonPath checklist = Checklists.of(placement);

        Map<String, Object> insurance = item(placement, "INSURANCE");
        assertEquals("2027-08-09", insurance.get("dueDate"), "28 days before departure");
        assertEquals("DEPARTURE", insurance.get("blocking"));
        assertEquals(true, insurance.get("evidenceRequired"));
        assertEquals("OPEN", insurance.get("state"));
        assertEquals(true, insurance.get("applicable"));
        assertEquals(false, insurance.get("overdue"));
        assertEquals("STAGEMAP", insurance.get("templateSet"));
        assertEquals("2027-07-26", item(placement, "FACULTY_FUND").get("dueDate"), "42 days before departure");
        assertEquals("ADVISORY", item(placement, "FACULTY_FUND").get("blocking"));
        assertEquals("2027-11-15", item(placement, "EVALUATION_FORMS").get("dueDate"), "14 days after return");
        assertEquals("ADVISORY", item(placement, "EVALUATION_FORMS").get("blocking"));
        assertEquals(List.of("2027-07-26", "2027-08-09", "2027-11-15"), checklist.getList("dueDate"), "by due date");
        assertFalse(checklist.getList("templateSet").contains("VOCATIONAL"), "the vocational set is switched off");
    }

    @Test
    void theFacultyFundIsOnlyForCurricularPlacements() {
        String extracurricular = registered(placement("EXTRACURRICULAR", "DE", "2027-09-06", "2027-11-01")
                .at("Berlin", "Charité").discipline(null));
        String senior = placementIn("DE", "2027-09-06", "2027-11-01", false);

        assertFalse(applicableCodes(extracurricular).contains("FACULTY_FUND"));
        assertTrue(applicableCodes(extracurricular).contains("INSURANCE"));
        assertTrue(applicableCodes(senior).contains("FACULTY_FUND"));
    }

    @Test
    void aTemplateAppliesOnlyToItsPlacementTypes() {
        String code = freshCode("RESEARCH_ONLY");
        template(code, set).placementTypes("RESEARCH_INTERNSHIP").create().then().statusCode(201);

        String research = registered(placement("RESEARCH_INTERNSHIP", "GH", "2027-09-06", "2027-12-27"));
        String senior = placementIn("GH", "2027-09-06", "2027-11-01", false);

        assertTrue(applicableCodes(research).contains(code));
        assertFalse(applicableCodes(senior).contains(code));
    }

    @Test
    void eachDestinationGroupIsAsTheDestinationDataClassifiesTheCountry() {
        String caribbean = freshCode("CARIBBEAN");
        String eu = freshCode("EU");
        String outside = freshCode("OUTSIDE");
        String nonWestern = freshCode("NON_WESTERN");
        template(caribbean, set).destinationGroups("CARIBBEAN_NETHERLANDS").create().then().statusCode(201);
        template(eu, set).destinationGroups("EU_EEA").create().then().statusCode(201);
        template(outside, set).destinationGroups("OUTSIDE_EU_EEA").create().then().statusCode(201);
        template(nonWestern, set).destinationGroups("NON_WESTERN").create().then().statusCode(201);

        Map<String, List<String>> expected = Map.of(
                "AW", List.of(caribbean, outside, nonWestern),   // Aruba: Caribbean part of the Kingdom, not in the EU
                "BQ", List.of(caribbean, outside, nonWestern),   // Bonaire, Sint Eustatius and Saba
                "DE", List.of(eu),
                "NO", List.of(eu),                               // EEA
                "CH", List.of(outside),                          // western, outside the EU/EEA
                "GH", List.of(outside, nonWestern),
                "GF", List.of(eu, nonWestern));                  // French Guiana: an outermost region of the EU
        expected.forEach((country, codes) -> {
            List<String> mine = new ArrayList<>(applicableCodes(placementIn(country, "2027-09-06", "2027-11-01", false)));
            mine.retainAll(List.of(caribbean, eu, outside, nonWestern));
            assertEquals(codes.stream().sorted().toList(), mine.stream().sorted().toList(), country);
        });
    }

    @Test
    void aTemplateForMinorsAppliesToStudentsUnderEighteenOnTheDepartureDate() {
        String code = freshCode("MINORS");
        template(code, set).minorsOnly(true).create().then().statusCode(201);

        String minor = registered(placement("SENIOR_CLERKSHIP", "BE", "2027-09-06", "2027-11-01")
                .birthDate("2009-09-07").parentalConsent(true));
        String eighteenThatDay = registered(placement("SENIOR_CLERKSHIP", "BE", "2027-09-06", "2027-11-01")
                .birthDate("2009-09-06"));
        String unknownAge = placementIn("BE", "2027-09-06", "2027-11-01", false);

        assertTrue(applicableCodes(minor).contains(code));
        assertFalse(applicableCodes(eighteenThatDay).contains(code));
        assertFalse(applicableCodes(unknownAge).contains(code));
    }

    @Test
    void aKlAppRegistrationGetsItsItemsToo() {
        long id = deliver("CL-" + TestStudents.freshNumber(), fromKlApp(TestStudents.freshNumber(), "2027-09-06",
                "2028-01-10", "2027-01-05T10:00:00+01:00")).then().statusCode(201).extract().jsonPath()
                .getLong("placementId");

        assertEquals("2027-08-09", item("/api/v1/placements/" + id, "INSURANCE").get("dueDate"));
        assertTrue(applicableCodes("/api/v1/placements/" + id).contains("FACULTY_FUND"), "a research internship");
    }

    @Test
    void newDatesMoveTheDueDates() {
        String placement = placementIn("DE", "2027-09-06", "2027-11-01", false);

        patch(placement, "{\"departureDate\": \"2027-10-04\", \"returnDate\": \"2027-11-29\"}");

        assertEquals("2027-09-06", item(placement, "INSURANCE").get("dueDate"));
        assertEquals("2027-12-13", item(placement, "EVALUATION_FORMS").get("dueDate"));
    }

    @Test
    void aNewTypeSetsAsideWhatNoLongerAppliesAndKeepsItAsItWas() {
        String placement = placementIn("DE", "2027-09-06", "2027-11-01", false);
        long fund = Checklists.itemId(placement, "FACULTY_FUND");
        Checklists.move(Tokens.staff(), fund, "DONE", null).then().statusCode(200);

        patch(placement, "{\"placementType\": \"EXTRACURRICULAR\"}");
        Map<String, Object> setAside = item(placement, "FACULTY_FUND");
        assertEquals(false, setAside.get("applicable"));
        assertEquals("DONE", setAside.get("state"), "what the student did stays on record");
        assertEquals(((Number) setAside.get("id")).longValue(), fund);

        patch(placement, "{\"placementType\": \"SENIOR_CLERKSHIP\"}");
        Map<String, Object> back = item(placement, "FACULTY_FUND");
        assertEquals(true, back.get("applicable"));
        assertEquals("DONE", back.get("state"));
    }

    @Test
    void aNewDestinationBringsAndSetsAsideItsItems() {
        String visa = freshCode("VISA");
        template(visa, set).destinationGroups("OUTSIDE_EU_EEA").due("BEFORE_DEPARTURE", 56).create()
                .then().statusCode(201);
        String placement = placementIn("DE", "2027-09-06", "2027-11-01", false);
        assertNull(item(placement, visa));

        patch(placement, "{\"destination\": {\"countryCode\": \"CH\", \"city\": \"Bern\"}}");
        assertEquals(true, item(placement, visa).get("applicable"));
        assertEquals("2027-07-12", item(placement, visa).get("dueDate"));

        patch(placement, "{\"destination\": {\"countryCode\": \"AT\", \"city\": \"Wien\"}}");
        assertEquals(false, item(placement, visa).get("applicable"));
        given().auth().oauth2(Tokens.staff()).when().get(placement + "/checklist").then()
                .body("findAll { it.applicable }.templateCode", not(hasItem(visa)))
                .body("find { it.templateCode == '" + visa + "' }.overdue", equalTo(false));
    }

    @Test
    void aPlacementWhoseStudentTurnsOutToBeAMinorGetsTheMinorsItems() {
        String code = freshCode("MINORS");
        template(code, set).minorsOnly(true).create().then().statusCode(201);
        String placement = registered(placement("SENIOR_CLERKSHIP", "BE", "2027-09-06", "2027-11-01"));
        assertFalse(applicableCodes(placement).contains(code));

        patch(placement, "{\"birthDate\": \"2010-02-01\", \"parentalConsent\": true}");

        assertTrue(applicableCodes(placement).contains(code));
    }
}
