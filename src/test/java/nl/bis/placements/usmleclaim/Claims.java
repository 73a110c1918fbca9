package nl.bis.placements.usmleclaim;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.bis.placements.testing.SampleFiles;

/**
 * Requests of the claim tests. Every answer is checked against the contract (openapi/openapi.yaml): its status is
 * one the operation lists, and its headers and body are as described. Requests are not checked, so that tests can
 * send what the contract forbids.
 */
final class Claims {

    static final String PATH = "/api/v1/usmle-claims";

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createFor("openapi/openapi.yaml")
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private static final ObjectMapper JSON = new ObjectMapper();

    private Claims() {
    }

    /** A request with a token, whose answer is checked against the contract. */
    static RequestSpecification as(String token) {
        RequestSpecification request = given().filter(CONTRACT);
        return token == null ? request : request.auth().oauth2(token);
    }

    /** A line item. */
    static Map<String, Object> item(String kind, long amount, String currency) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", kind);
        item.put("amount", amount);
        item.put("currency", currency);
        return item;
    }

    /** The Step 1 exam fee, USD 1015.00. */
    static Map<String, Object> examFee() {
        Map<String, Object> item = item("EXAM_FEE", 101_500, "USD");
        item.put("description", "USMLE Step 1 examination fee (ECFMG)");
        return item;
    }

    /** A claim body. */
    static String claim(String step, String examDate, boolean passed, List<Map<String, Object>> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("step", step);
        body.put("examDate", examDate);
        body.put("passed", passed);
        body.put("lineItems", items);
        return json(body);
    }

    /** A passed exam of a step, taken on 2026-11-12, with its exam fee. */
    static String claim(String step) {
        return claim(step, "2026-11-12", true, List.of(examFee()));
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response create(String token, String body) {
        return as(token).contentType(ContentType.JSON).body(body).when().post(PATH);
    }

    /** Starts a claim and answers its path. */
    static String created(String token, String body) {
        return create(token, body).then().statusCode(201).extract().header("Location");
    }

    static Response move(String token, String claim, String body) {
        return as(token).contentType(ContentType.JSON).body(body).when().post(claim + "/status");
    }

    static Response move(String token, String claim, Map<String, Object> members) {
        return move(token, claim, json(members));
    }

    /** Uploads a file to a claim as {@code curl -F file=@... -F kind=...} does; no kind part when kind is null. */
    static Response upload(String token, String claim, String kind, String fileName, byte[] content) {
        RequestSpecification request = as(token).multiPart("file", fileName, content, "application/pdf");
        if (kind != null) {
            request = request.multiPart("kind", kind);
        }
        return request.when().post(claim + "/documents");
    }

    /** Uploads the three copies a claim needs, as PDFs. */
    static void complete(String token, String claim) {
        for (String kind : List.of("DIPLOMA_OR_SCORE_REPORT", "INVOICE", "PROOF_OF_PAYMENT")) {
            upload(token, claim, kind, kind.toLowerCase(java.util.Locale.ROOT) + ".pdf", SampleFiles.pdf())
                    .then().statusCode(201);
        }
    }

    /** Starts a claim of a step, uploads its copies and submits it; answers its path. */
    static String submitted(String token, String step) {
        String claim = created(token, claim(step));
        complete(token, claim);
        move(token, claim, "{\"status\": \"SUBMITTED\"}").then().statusCode(200);
        return claim;
    }

    static Response replace(String token, String claim, String ifMatch, String body) {
        RequestSpecification request = as(token).contentType(ContentType.JSON).body(body);
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).when().put(claim);
    }
}
