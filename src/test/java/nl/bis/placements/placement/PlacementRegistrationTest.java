package nl.bis.placements.placement;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents.Student;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@ExtendWith(TestClockReset.class)
class PlacementRegistrationTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void midJanuary2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
    }

    private static ValidatableResponse countOwn(Student student) {
        return given().auth().oauth2(student.token()).when().get("/api/v1/placements").then().statusCode(200);
    }

    @Test
    void aStudentRegistersTheirOwnPlacementAndTheCutoffIsStored() {
        Student student = TestStudents.fresh();

        Response created = register(student.token(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01"));

        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/placements/"))
                .header("ETag", equalTo("\"0\""))
                .body("studentNumber", equalTo(student.number()))
                .body("status", equalTo("REGISTERED"))
                .body("registrationCutoff", equalTo("2027-03-01"))
                .body("ruleId", notNullValue())
                .body("leadTime", equalTo("P4M"))
                .body("late", equalTo(false))
                .body("durationWeeks", equalTo(8))
                .body("createdBy", equalTo("student-" + student.number()));
        given().auth().oauth2(student.token()).when().get(created.header("Location"))
                .then().statusCode(200).body("destination.countryCode", equalTo("AW"));
    }

    @Test
    void aLateRegistrationIsRefusedWithTheCutoffAndTheRule() {
        clock.fixOn(LocalDate.of(2027, 3, 2));
        Student student = TestStudents.fresh();

        register(student.token(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01"))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/registration-closed"))
                .body("cutoff", equalTo("2027-03-01"))
                .body("leadTime", equalTo("P4M"))
                .body("ruleId", notNullValue())
                .body("detail", containsString("2027-03-01"));
        countOwn(student).body("totalItems", equalTo(0));
    }

    @Test
    void registeringOnTheCutoffDayIsOnTime() {
        clock.fixOn(LocalDate.of(2027, 3, 1));

        register(TestStudents.fresh().token(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01"))
                .then().statusCode(201).body("late", equalTo(false));
    }

    @Test
    void theCutoffDayEndsAtMidnightInAmsterdam() {
        // 23:30 UTC on 1 March is 00:30 on 2 March in Amsterdam: one day too late.
        clock.fixAt(java.time.Instant.parse("2027-03-01T23:30:00Z"));

        register(TestStudents.fresh().token(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01"))
                .then().statusCode(422).body("type", endsWith("/registration-closed"));
    }

    @Test
    void staffMayRegisterLateWithAReasonAndThePlacementIsFlaggedLate() {
        clock.fixOn(LocalDate.of(2027, 3, 15));
        String number = TestStudents.freshNumber();

        register(Tokens.staff(), placement("GP_CLERKSHIP", "SX", "2027-07-01", "2027-09-01").forStudent(number))
                .then().statusCode(422).body("type", endsWith("/registration-closed"))
                .body("detail", containsString("lateReason"));
        register(Tokens.staff(), placement("GP_CLERKSHIP", "SX", "2027-07-01", "2027-09-01").forStudent(number)
                .lateReason("Host practice confirmed late"))
                .then().statusCode(201)
                .body("studentNumber", equalTo(number))
                .body("studentName", equalTo("Student " + number))
                .body("late", equalTo(true))
                .body("lateReason", equalTo("Host practice confirmed late"))
                .body("createdBy", equalTo("staff1"));
    }

    @Test
    void aLateReasonOnATimelyRegistrationIsRefused() {
        register(Tokens.staff(), placement("GP_CLERKSHIP", "SX", "2027-07-01", "2027-09-01")
                .forStudent(TestStudents.freshNumber()).lateReason("just in case"))
                .then().statusCode(400).body("violations[0].field", equalTo("lateReason"));
    }

    @Test
    void aStudentCannotAcceptTheirOwnLateRegistration() {
        register(TestStudents.fresh().token(), placement("GP_CLERKSHIP", "SX", "2027-07-01", "2027-09-01")
                .lateReason("please"))
                .then().statusCode(400).body("violations[0].field", equalTo("lateReason"));
    }

    @Test
    void staffMustNameTheStudent() {
        register(Tokens.staff(), placement("GP_CLERKSHIP", "SX", "2027-07-01", "2027-09-01"))
                .then().statusCode(400)
                .body("violations.field", hasItems("studentNumber", "studentName", "studentEmail"));
    }

    @Test
    void aStudentCannotRegisterForSomeoneElse() {
        Student student = TestStudents.fresh();
        register(student.token(), placement("GP_CLERKSHIP", "SX", "2027-07-01", "2027-09-01")
                .studentNumber(TestStudents.freshNumber()))
                .then().statusCode(403).contentType("application/problem+json");
        countOwn(student).body("totalItems", equalTo(0));
    }

    @Test
    void aTropicalInternshipMustLastExactlyEightWeeks() {
        register(TestStudents.fresh().token(), placement("TROPICAL_INTERNSHIP", "GH", "2027-09-06", "2027-10-25"))
                .then().statusCode(422)
                .body("type", endsWith("/duration-not-allowed"))
                .body("detail", containsString("exactly 8 weeks"));
        register(TestStudents.fresh().token(), placement("TROPICAL_INTERNSHIP", "GH", "2027-09-06", "2027-11-01"))
                .then().statusCode(201).body("durationWeeks", equalTo(8));
    }

    @Test
    void anElectiveClerkshipMustLastAtLeastSixWeeks() {
        register(TestStudents.fresh().token(), placement("ELECTIVE_CLERKSHIP", "TZ", "2027-09-06", "2027-10-15"))
                .then().statusCode(422).body("type", endsWith("/duration-not-allowed"));
    }

    @Test
    void aDepartureInThePastIsRefused() {
        register(TestStudents.fresh().token(), placement("GP_CLERKSHIP", "AW", "2027-01-09", "2027-03-01"))
                .then().statusCode(400).body("violations[0].field", equalTo("departureDate"));
    }

    @Test
    void aReturnBeforeTheDepartureIsRefused() {
        register(TestStudents.fresh().token(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-06-30"))
                .then().statusCode(400).body("violations[0].field", equalTo("returnDate"));
    }

    @Test
    void anUnknownCountryOrTypeIsRefused() {
        register(TestStudents.fresh().token(), placement("GP_CLERKSHIP", "XX", "2027-07-01", "2027-09-01"))
                .then().statusCode(400).body("violations[0].field", equalTo("destination.countryCode"));
        register(TestStudents.fresh().token(), placement("GP_CLERKSHIP", "ghana", "2027-07-01", "2027-09-01"))
                .then().statusCode(400).body("violations.field", hasItem("destination.countryCode"));
        register(TestStudents.fresh().token(), placement("HOLIDAY", "GH", "2027-07-01", "2027-09-01"))
                .then().statusCode(400).body("violations[0].field", equalTo("placementType"));
    }

    @Test
    void overLongTextIsRefusedWithTheField() {
        register(TestStudents.fresh().token(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01")
                .notes("n".repeat(2001)))
                .then().statusCode(400).body("violations.field", hasItem("notes"));
    }

    @Test
    void missingMembersAreAllNamed() {
        register(TestStudents.fresh().token(), "{\"destination\": {}}")
                .then().statusCode(400)
                .body("violations.field", hasItems("placementType", "departureDate", "returnDate",
                        "destination.countryCode", "destination.city", "destination.hostInstitution"));
    }

    @Test
    void twoActivePlacementsOfOneStudentMayNotOverlap() {
        Student student = TestStudents.fresh();
        String first = register(student.token(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01"))
                .then().statusCode(201).extract().path("id").toString();

        register(student.token(), placement("SOCIAL_MEDICINE_CLERKSHIP", "SR", "2027-09-01", "2027-10-01"))
                .then().statusCode(409)
                .body("type", endsWith("/overlapping-placement"))
                .body("conflictingPlacementId", equalTo(Integer.parseInt(first)));
        register(student.token(), placement("SOCIAL_MEDICINE_CLERKSHIP", "SR", "2027-09-02", "2027-10-01"))
                .then().statusCode(201);
        // Another student's dates are no concern.
        register(TestStudents.fresh().token(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01"))
                .then().statusCode(201);
    }

    @Test
    void aWithdrawnPlacementFreesItsDates() {
        Student student = TestStudents.fresh();
        String id = register(student.token(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01"))
                .then().statusCode(201).extract().path("id").toString();
        given().auth().oauth2(student.token()).contentType(ContentType.JSON).body("{\"status\": \"WITHDRAWN\"}")
                .when().post("/api/v1/placements/" + id + "/status").then().statusCode(200);

        register(student.token(), placement("GP_CLERKSHIP", "SX", "2027-07-01", "2027-09-01")).then().statusCode(201);
    }

    @Test
    void aStudentUnderEighteenOnTheDepartureDateNeedsParentalConsent() {
        String minor = "2009-08-01";
        register(TestStudents.fresh().token(),
                placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01").birthDate(minor))
                .then().statusCode(422).body("type", endsWith("/parental-consent-required"));
        register(TestStudents.fresh().token(),
                placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01").birthDate(minor).parentalConsent(true))
                .then().statusCode(201).body("parentalConsent", equalTo(true));
        // Eighteen on the departure day: no consent needed.
        register(TestStudents.fresh().token(),
                placement("GP_CLERKSHIP", "AW", "2027-08-01", "2027-09-01").birthDate(minor))
                .then().statusCode(201);
    }

    @Test
    void typesWithoutARegistrationRuleHaveNoCutoff() {
        register(TestStudents.fresh().token(), placement("CLINICAL_CLERKSHIP", "AW", "2027-02-01", "2027-04-01"))
                .then().statusCode(201)
                .body("late", equalTo(false))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("registrationCutoff")));
    }

    @Test
    void concurrentFirstRegistrationsOfOneStudentCreateOneStudentAndNoOverlap() throws Exception {
        Student student = TestStudents.fresh();
        int attempts = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return register(student.token(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01"))
                            .statusCode();
                }));
            }
            start.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var result : results) {
                statuses.add(result.get());
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, statuses.stream().filter(s -> s == 201).count(),
                    statuses::toString);
            org.junit.jupiter.api.Assertions.assertEquals(attempts - 1, statuses.stream().filter(s -> s == 409).count(),
                    statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        countOwn(student).body("totalItems", equalTo(1));
    }
}
