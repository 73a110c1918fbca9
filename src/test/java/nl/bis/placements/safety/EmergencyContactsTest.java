package nl.bis.placements.safety;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.EmergencyContacts.ENOUGH;
import static nl.bis.placements.testing.EmergencyContacts.MINE;
import static nl.bis.placements.testing.EmergencyContacts.put;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.TestStudents.Student;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A student keeps their phone number abroad and contacts at home; staff read them, nobody else does. */
@QuarkusTest
class EmergencyContactsTest {

    private static final String TWO = """
            {"phoneAbroad": "+255712345678",
             "contacts": [{"name": "Yasmina El Amrani", "relation": "mother", "phone": "+31612345678",
                           "email": "yasmina.elamrani@example.nl"},
                          {"name": "Thomas Bakker", "relation": "partner", "phone": "+31687654321"}]}""";

    private static String ofStudent(String number) {
        return "/api/v1/students/" + number + "/emergency-contacts";
    }

    private static ValidatableResponse mine(Student student) {
        return given().auth().oauth2(student.token()).when().get(MINE).then();
    }

    /** The violations of a refused replacement, which must have changed nothing. */
    private static ValidatableResponse refused(Student student, String body) {
        ValidatableResponse answer = put(student.token(), body).then().statusCode(400)
                .contentType("application/problem+json").body("type", endsWith("/validation"));
        mine(student).body("version", equalTo(0)).body("phoneAbroad", equalTo("+255712345678"))
                .body("contacts", hasSize(2));
        return answer;
    }

    private static Student withTwoContacts() {
        Student student = TestStudents.fresh();
        put(student.token(), TWO).then().statusCode(200);
        return student;
    }

    @Test
    void aStudentWhoGaveNothingReadsAnEmptyIncompleteDocument() {
        Student student = TestStudents.fresh();
        mine(student).statusCode(200)
                .header("ETag", nullValue())
                .body("studentNumber", equalTo(student.number()))
                .body("contacts", emptyIterable())
                .body("complete", equalTo(false))
                .body("phoneAbroad", nullValue())
                .body("version", nullValue());
    }

    @Test
    void aStudentGivesTheirContactsAndReadsThemBack() {
        Student student = TestStudents.fresh();
        put(student.token(), TWO).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("phoneAbroad", equalTo("+255712345678"))
                .body("contacts.name", contains("Yasmina El Amrani", "Thomas Bakker"))
                .body("contacts[1].email", nullValue())
                .body("complete", equalTo(true))
                .body("updatedBy", equalTo("student-" + student.number()));
        mine(student).statusCode(200).header("ETag", equalTo("\"0\""))
                .body("contacts[0].relation", equalTo("mother"))
                .body("contacts[0].phone", equalTo("+31612345678"));
    }

    @Test
    void theWholeDocumentIsReplacedAndAnIdenticalReplayChangesNothing() {
        Student student = withTwoContacts();
        put(student.token(), TWO).then().statusCode(200).header("ETag", equalTo("\"0\""));
        put(student.token(), ENOUGH).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("contacts", hasSize(1))
                .body("phoneAbroad", equalTo("+233241234567"));
    }

    @Test
    void withoutAPhoneNumberAbroadTheContactsAreIncomplete() {
        Student student = TestStudents.fresh();
        put(student.token(), """
                {"contacts": [{"name": "Thomas Bakker", "phone": "+31687654321"}]}""").then().statusCode(200)
                .body("complete", equalTo(false))
                .body("phoneAbroad", nullValue());
    }

    @Test
    void textIsKeptWithoutSurroundingSpacesAndBlankOptionalTextIsAbsent() {
        Student student = TestStudents.fresh();
        put(student.token(), """
                {"phoneAbroad": "+255712345678",
                 "contacts": [{"name": "  Thomas Bakker ", "relation": "   ", "phone": "+31687654321"}]}""")
                .then().statusCode(200)
                .body("contacts[0].name", equalTo("Thomas Bakker"))
                .body("contacts[0].relation", nullValue());
    }

    @Test
    void twoStudentsCannotSeeEachOthersContacts() {
        Student anna = withTwoContacts();
        Student bram = withTwoContacts();

        given().auth().oauth2(bram.token()).when().get(ofStudent(anna.number())).then().statusCode(404)
                .contentType("application/problem+json").body("type", endsWith("/not-found"))
                .body("detail", not(containsString("Yasmina")));
        given().auth().oauth2(anna.token()).when().get(ofStudent(bram.number())).then().statusCode(404);
        given().auth().oauth2(anna.token()).when().get(ofStudent("9999999")).then().statusCode(404);
        given().auth().oauth2(anna.token()).when().get(ofStudent(anna.number())).then().statusCode(200)
                .body("studentNumber", equalTo(anna.number()));
        Student newcomer = TestStudents.fresh();
        given().auth().oauth2(newcomer.token()).when().get(ofStudent(newcomer.number())).then().statusCode(200)
                .body("contacts", emptyIterable());
        // Each student's own document is their own: Bram's replacement leaves Anna's as it was.
        put(bram.token(), ENOUGH).then().statusCode(200);
        mine(anna).body("contacts", hasSize(2)).body("version", equalTo(0));
    }

    @Test
    void staffReadAStudentsContactsAndAnUnknownStudentIsNotFound() {
        Student student = withTwoContacts();
        given().auth().oauth2(Tokens.staff()).when().get(ofStudent(student.number())).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("contacts.name", contains("Yasmina El Amrani", "Thomas Bakker"))
                .body("complete", equalTo(true));
        given().auth().oauth2(Tokens.staff()).when().get(ofStudent("9999998")).then().statusCode(404)
                .body("detail", equalTo("Student 9999998 does not exist."));
        given().auth().oauth2(Tokens.staff()).when().get(ofStudent("no-such-form")).then().statusCode(400)
                .body("violations[0].field", equalTo("studentNumber"));
    }

    @Test
    void aKnownStudentWithoutContactsIsAnEmptyDocumentToStaff() {
        Student student = TestStudents.fresh();
        given().auth().oauth2(student.token()).contentType(ContentType.JSON).body("""
                        {"placementType": "SENIOR_CLERKSHIP", "destination": {"countryCode": "DE", "city": "Berlin",
                         "hostInstitution": "Charité"}, "departureDate": "2029-09-03", "returnDate": "2029-10-29"}""")
                .when().post("/api/v1/placements").then().statusCode(201);
        given().auth().oauth2(Tokens.staff()).when().get(ofStudent(student.number())).then().statusCode(200)
                .body("contacts", emptyIterable())
                .body("complete", equalTo(false));
    }

    @Test
    void coordinatorsAndKlAppReachNoContacts() {
        Student student = withTwoContacts();
        for (String token : new String[] {Tokens.coordinator(), Tokens.klApp()}) {
            given().auth().oauth2(token).when().get(ofStudent(student.number())).then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).when().get(MINE).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(ENOUGH).when().put(MINE)
                    .then().statusCode(403);
        }
        // Also a coordinator who is a student too: their own student role reaches only their own.
        String both = Tokens.withRoles("coordinator2", TestStudents.freshNumber(),
                java.util.List.of("coordinator", "student"));
        given().auth().oauth2(both).when().get(ofStudent(student.number())).then().statusCode(403);
    }

    @Test
    void staffKeepNoContactsOfTheirOwnAndChangeNoStudentsContacts() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(ENOUGH).when().put(MINE)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.staff()).when().get(MINE).then().statusCode(403);
        given().auth().oauth2(Tokens.sign(Tokens.builder("nonumber", "student"))).when().get(MINE).then().statusCode(403)
                .body("detail", equalTo("Your token carries no student number, so you cannot keep emergency contacts."));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(ENOUGH).when()
                .put(ofStudent(TestStudents.freshNumber())).then().statusCode(405);
    }

    @Test
    void malformedPhoneNumbersAreRefusedNamingEachAndChangeNothing() {
        Student student = withTwoContacts();
        for (String phone : new String[] {"0612345678", "+31 6 12345678", "+31-612345678", "+0612345678",
                "+1234567", "+1234567890123456", "0031612345678", "+31612345678x", "tel:+31612345678", "+", ""}) {
            refused(student, """
                    {"phoneAbroad": "%s", "contacts": [{"name": "Thomas Bakker", "phone": "%s"}]}"""
                    .formatted(phone, phone))
                    .body("violations.field", contains("contacts[0].phone", "phoneAbroad"));
        }
        refused(student, """
                {"phoneAbroad": 31612345678, "contacts": [{"name": "Thomas Bakker", "phone": "+31687654321"}]}""");
    }

    @Test
    void noContactsOrMoreThanFiveAreRefused() {
        Student student = withTwoContacts();
        refused(student, "{\"phoneAbroad\": \"+255712345678\", \"contacts\": []}")
                .body("violations[0].field", equalTo("contacts"));
        refused(student, "{\"phoneAbroad\": \"+255712345678\"}").body("violations[0].field", equalTo("contacts"));
        String contact = "{\"name\": \"Thomas Bakker\", \"phone\": \"+31687654321\"}";
        refused(student, "{\"contacts\": [" + String.join(", ", java.util.Collections.nCopies(6, contact)) + "]}")
                .body("violations[0].field", equalTo("contacts"));
        put(student.token(), "{\"phoneAbroad\": \"+255712345678\", \"contacts\": ["
                + String.join(", ", java.util.Collections.nCopies(5, contact)) + "]}").then().statusCode(200);
    }

    @Test
    void missingBlankOversizedAndControlCharacterTextIsRefused() {
        Student student = withTwoContacts();
        refused(student, "{\"contacts\": [{\"phone\": \"+31687654321\"}]}")
                .body("violations[0].field", equalTo("contacts[0].name"));
        refused(student, "{\"contacts\": [{\"name\": \"   \", \"phone\": \"+31687654321\"}]}")
                .body("violations[0].field", equalTo("contacts[0].name"))
                .body("violations[0].message", equalTo("must not be blank"));
        refused(student, "{\"contacts\": [{\"name\": \"" + "x".repeat(201) + "\", \"phone\": \"+31687654321\"}]}")
                .body("violations[0].field", equalTo("contacts[0].name"));
        refused(student, "{\"contacts\": [{\"name\": \"Thomas\", \"relation\": \"" + "x".repeat(61)
                + "\", \"phone\": \"+31687654321\"}]}")
                .body("violations[0].field", equalTo("contacts[0].relation"));
        refused(student, "{\"contacts\": [{\"name\": \"Thomas\\nBakker\", \"phone\": \"+31687654321\"}]}")
                .body("violations[0].field", equalTo("contacts[0].name"));
        refused(student, "{\"contacts\": [{\"name\": \"Thomas\\u0000\", \"phone\": \"+31687654321\"}]}");
        refused(student, "{\"contacts\": [{\"name\": \"Thomas\", \"phone\": \"+31687654321\", "
                + "\"email\": \"not an address\"}]}")
                .body("violations[0].field", equalTo("contacts[0].email"));
    }

    @Test
    void unknownMembersAreRefusedNamingThem() {
        Student student = withTwoContacts();
        refused(student, """
                {"phoneAbraod": "+255712345678", "contacts": [{"name": "Thomas Bakker", "phone": "+31687654321"}]}""")
                .body("violations[0].field", equalTo("phoneAbraod"))
                .body("violations[0].message", equalTo("is not a member of this body; check its spelling"));
        refused(student, """
                {"contacts": [{"name": "Thomas Bakker", "phone": "+31687654321", "nickname": "Tom"}]}""")
                .body("violations[0].field", equalTo("contacts[0].nickname"));
    }

    @Test
    void malformedBodiesAreProblemsThatChangeNothing() {
        Student student = withTwoContacts();
        for (String body : new String[] {"{", "[]", "\"contacts\"", "{\"contacts\": {}}", "{} {}"}) {
            put(student.token(), body).then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(student.token()).contentType(ContentType.TEXT).body(TWO).when().put(MINE)
                .then().statusCode(415);
        mine(student).body("version", equalTo(0));
    }

    @Test
    void aStaleIfMatchIsRefusedAndAFreshOneAccepted() {
        Student student = withTwoContacts();
        given().auth().oauth2(student.token()).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(ENOUGH)
                .when().put(MINE).then().statusCode(412).body("type", endsWith("/precondition-failed"));
        given().auth().oauth2(student.token()).contentType(ContentType.JSON).header("If-Match", "7").body(ENOUGH)
                .when().put(MINE).then().statusCode(400).body("violations[0].field", equalTo("If-Match"));
        mine(student).body("version", equalTo(0));
        given().auth().oauth2(student.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(ENOUGH)
                .when().put(MINE).then().statusCode(200).header("ETag", equalTo("\"1\""));

        Student fresh = TestStudents.fresh();
        given().auth().oauth2(fresh.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(ENOUGH)
                .when().put(MINE).then().statusCode(412);
        mine(fresh).body("contacts", emptyIterable());
    }
}
