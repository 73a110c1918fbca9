package nl.bis.placements.checklist;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.ChecklistTemplateRequest.freshCode;
import static nl.bis.placements.testing.ChecklistTemplateRequest.template;
import static nl.bis.placements.testing.Checklists.SETS;
import static nl.bis.placements.testing.Checklists.TEMPLATES;
import static nl.bis.placements.testing.StaffPlacements.placementIn;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.bis.placements.testing.ChecklistTemplateRequest;
import nl.bis.placements.testing.Checklists;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff maintain the templates and switch sets; the active placements' items follow at once. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class ChecklistTemplatesTest {

    @Inject
    TestClock clock;

    private String set;

    @BeforeEach
    void midJanuary2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        set = freshCode("TEMPLATES");
    }

    private static Response replace(String code, String ifMatch, ChecklistTemplateRequest body) {
        var request = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body.withoutCode().json());
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(TEMPLATES + "/" + code);
    }

    private static Response setSet(String templateSet, boolean enabled, String ifMatch) {
        var request = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"enabled\": " + enabled + "}");
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(SETS + templateSet);
    }

    private static Map<String, Object> item(String placement, String templateCode) {
        return Checklists.of(placement).get("find { it.templateCode == '" + templateCode + "' }");
    }

    @Test
    void theShippedSetsAreTheStagemapSwitchedOnAndTheVocationalRoadmapSwitchedOff() {
        given().auth().oauth2(TestStudents.fresh().token()).when().get(SETS.substring(0, SETS.length() - 1))
                .then().statusCode(200)
                .body("find { it.code == 'STAGEMAP' }.enabled", equalTo(true))
                .body("find { it.code == 'STAGEMAP' }.templates", equalTo(3))
                .body("find { it.code == 'VOCATIONAL' }.enabled", equalTo(false))
                .body("find { it.code == 'VOCATIONAL' }.templates", equalTo(11));
        given().auth().oauth2(Tokens.coordinator()).when().get(TEMPLATES + "?templateSet=VOCATIONAL")
                .then().statusCode(200)
                .body("code", hasItems("POK_AGREEMENT", "EUROPASS_CV", "ERASMUS_GRANT_AGREEMENT", "OLS_LANGUAGE_TEST",
                        "VOCATIONAL_INSURANCE", "VISA", "EMERGENCY_NUMBERS", "BUDGET", "EUROPASS_MOBILITY",
                        "ERASMUS_PARTICIPANT_REPORT"))
                .body("find { it.code == 'VISA' }.destinationGroups", contains("OUTSIDE_EU_EEA"))
                .body("find { it.code == 'VISA' }.templateSetEnabled", equalTo(false))
                .body("find { it.code == 'EUROPASS_MOBILITY' }.dueAnchor", equalTo("AFTER_RETURN"));
    }

    @Test
    void staffCreateATemplateWithItsLocationAndETag() {
        String code = freshCode("CREATED");
        template(code, set).destinationGroups("NON_WESTERN").placementTypes("SENIOR_CLERKSHIP").create()
                .then().statusCode(201)
                .header("Location", endsWith(TEMPLATES + "/" + code))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("templateSet", equalTo(set))
                .body("templateSetEnabled", equalTo(true))
                .body("destinationGroups", contains("NON_WESTERN"))
                .body("placementTypes", contains("SENIOR_CLERKSHIP"))
                .body("minorsOnly", equalTo(false))
                .body("createdBy", equalTo("staff1"));
        given().auth().oauth2(TestStudents.fresh().token()).when().get(TEMPLATES + "/" + code).then().statusCode(200)
                .header("ETag", equalTo("\"0\""));
        setSet(set, false, null).then().statusCode(200);
    }

    @Test
    void aTemplateCodeIsTakenOnce() {
        template("INSURANCE", set).create().then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/template-code-taken"));
    }

    @Test
    void onlyStaffChangeTemplates() {
        String code = freshCode("ROLES");
        given().auth().oauth2(TestStudents.fresh().token()).contentType(ContentType.JSON)
                .body(template(code, set).json()).when().post(TEMPLATES).then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON).body("{\"enabled\": true}")
                .when().put(SETS + "VOCATIONAL").then().statusCode(403);
        given().auth().oauth2(Tokens.klApp()).when().get(TEMPLATES).then().statusCode(403);
        given().when().get(TEMPLATES).then().statusCode(401);
    }

    @Test
    void unknownPlacementTypesAndSetsAreNamed() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(template(freshCode("BAD"), set).json().replace("\"enabled\"", "\"placementTypes\": [\"SURGERY\"], \"enabled\""))
                .when().post(TEMPLATES).then().statusCode(400);
        given().auth().oauth2(Tokens.staff()).when().get(TEMPLATES + "/NO_SUCH_TEMPLATE").then().statusCode(404);
        setSet("NO_SUCH_SET", true, null).then().statusCode(404);
        given().auth().oauth2(Tokens.staff()).when().get(TEMPLATES + "/lower-case").then().statusCode(400);
    }

    @Test
    void replacingNeedsTheCurrentETagAndRecomputesTheActivePlacements() {
        String code = freshCode("REPLACED");
        template(code, set).create().then().statusCode(201);
        String active = placementIn("DE", "2027-09-06", "2027-11-01", false);
        String withdrawn = placementIn("DE", "2028-09-04", "2028-10-30", false);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"status\": \"WITHDRAWN\", \"reason\": \"Cancelled\"}").when().post(withdrawn + "/status")
                .then().statusCode(200);
        assertEquals("2027-08-23", item(active, code).get("dueDate"));

        ChecklistTemplateRequest later = template(code, set).due("BEFORE_DEPARTURE", 30);
        replace(code, null, later).then().statusCode(428);
        replace(code, "\"7\"", later).then().statusCode(412);
        replace(code, "\"0\"", later).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("offsetDays", equalTo(30)).body("updatedBy", equalTo("staff1"));

        assertEquals("2027-08-07", item(active, code).get("dueDate"));
        assertEquals("2028-08-21", item(withdrawn, code).get("dueDate"), "a withdrawn placement keeps its checklist");

        replace(code, "\"1\"", template(code, set).due("BEFORE_DEPARTURE", 30).enabled(false)).then().statusCode(200);
        assertEquals(false, item(active, code).get("applicable"));
        assertEquals(true, item(withdrawn, code).get("applicable"));
        setSet(set, false, null).then().statusCode(200);
    }

    @Test
    void switchingASetOnGivesTheActivePlacementsItsItemsAndSwitchingItOffSetsThemAside() {
        String code = freshCode("SWITCHED");
        template(code, set).destinationGroups("OUTSIDE_EU_EEA").create().then().statusCode(201);
        String etag = setSet(set, false, null).then().statusCode(200).body("enabled", equalTo(false))
                .extract().header("ETag");
        String active = placementIn("CH", "2027-09-06", "2027-11-01", true);
        String completedLater = placementIn("CH", "2028-09-04", "2028-10-30", false);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"status\": \"WITHDRAWN\", \"reason\": \"Cancelled\"}").when().post(completedLater + "/status")
                .then().statusCode(200);
        assertNull(item(active, code));

        setSet(set, true, "\"99\"").then().statusCode(412);
        setSet(set, true, etag).then().statusCode(200).body("enabled", equalTo(true)).body("templates", equalTo(1));
        assertEquals(true, item(active, code).get("applicable"));
        assertNull(item(completedLater, code), "a closed placement is not recomputed");

        long id = Checklists.itemId(active, code);
        Checklists.move(Tokens.staff(), id, "DONE", null).then().statusCode(200);
        setSet(set, false, null).then().statusCode(200);
        Map<String, Object> kept = item(active, code);
        assertEquals(false, kept.get("applicable"));
        assertEquals("DONE", kept.get("state"));
    }

    @Test
    void theVocationalRoadmapIsOneCallAway() {
        String placement = placementIn("TZ", "2027-09-06", "2027-11-01", false);
        try {
            Checklists.setEnabled("VOCATIONAL", true);
            List<String> codes = Checklists.of(placement).getList("findAll { it.applicable }.templateCode");
            assertTrue(codes.containsAll(List.of("POK_AGREEMENT", "EUROPASS_CV", "VOCATIONAL_INSURANCE", "VISA",
                    "EMERGENCY_NUMBERS", "BUDGET", "EUROPASS_MOBILITY")), codes.toString());
            assertFalse(codes.contains("ERASMUS_GRANT_AGREEMENT"), "Tanzania is outside the EU/EEA");
            assertFalse(codes.contains("GUARDIAN_CONTACTS"), "only for students under 18");
            assertTrue(codes.contains("INSURANCE"), "the stagemap stays on");
        } finally {
            Checklists.setEnabled("VOCATIONAL", false);
        }
        given().auth().oauth2(Tokens.staff()).when().get(placement + "/checklist").then()
                .body("findAll { it.applicable }.templateCode", not(hasItem("POK_AGREEMENT")));
    }

    @Test
    void aTemplateWhoseItemsNobodyTouchedIsDeletedWithThem() {
        String code = freshCode("DELETED");
        template(code, set).create().then().statusCode(201);
        String placement = placementIn("DE", "2027-09-06", "2027-11-01", false);
        assertEquals("OPEN", item(placement, code).get("state"));

        given().auth().oauth2(Tokens.staff()).when().delete(TEMPLATES + "/" + code).then().statusCode(204);

        given().auth().oauth2(Tokens.staff()).when().get(TEMPLATES + "/" + code).then().statusCode(404);
        assertNull(item(placement, code));
    }

    @Test
    void aTemplateWithItemsDoneOrDocumentsIsKeptAndMayBeDisabledInstead() {
        String done = freshCode("KEPT_DONE");
        String evidence = freshCode("KEPT_EVIDENCE");
        template(done, set).create().then().statusCode(201);
        template(evidence, set).evidenceRequired(true).create().then().statusCode(201);
        String placement = placementIn("DE", "2027-09-06", "2027-11-01", false);
        Checklists.move(Tokens.staff(), Checklists.itemId(placement, done), "DONE", null).then().statusCode(200);
        Checklists.attach(Tokens.staff(), Checklists.itemId(placement, evidence)).then().statusCode(201);

        for (String code : new String[] {done, evidence}) {
            given().auth().oauth2(Tokens.staff()).when().delete(TEMPLATES + "/" + code).then().statusCode(409)
                    .body("type", endsWith("/template-in-use"));
        }
        setSet(set, false, null).then().statusCode(200);
    }
}
