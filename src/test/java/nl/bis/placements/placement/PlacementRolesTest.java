package nl.bis.placements.placement;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.PlacementRequest;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents.Student;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every placement operation with every kind of caller, on a fresh placement each time. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class PlacementRolesTest {

    @Inject
    TestClock clock;

    private Student owner;
    private String location;

    @BeforeEach
    void aFreshPlacement() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        owner = TestStudents.fresh();
        location = register(owner.token(),
                placement("GP_CLERKSHIP", "CW", "2027-07-01", "2027-09-01")).then().statusCode(201)
                .extract().header("Location");
    }

    private RequestSpecification as(String caller) {
        RequestSpecification request = given();
        String token = switch (caller) {
            case "anonymous" -> null;
            case "owner" -> owner.token();
            case "otherStudent" -> TestStudents.fresh().token();
            case "staff" -> Tokens.staff();
            case "coordinator" -> Tokens.coordinator();
            case "klApp" -> Tokens.klApp();
            default -> throw new IllegalArgumentException(caller);
        };
        return token == null ? request : request.auth().oauth2(token);
    }

    /** A placement of their own for the owner; staff and the others name a fresh student. */
    private static PlacementRequest registration(String caller) {
        PlacementRequest registration = placement("GP_CLERKSHIP", "CW", "2027-10-01", "2027-11-01");
        return caller.equals("owner") ? registration : registration.forStudent(TestStudents.freshNumber());
    }

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @CsvSource({
            "register, anonymous, 401", "register, owner, 201", "register, staff, 201",
            "register, coordinator, 403", "register, klApp, 403",
            "list, anonymous, 401", "list, owner, 200", "list, staff, 200", "list, coordinator, 200", "list, klApp, 403",
            "get, anonymous, 401", "get, owner, 200", "get, otherStudent, 404", "get, staff, 200",
            "get, coordinator, 200", "get, klApp, 403",
            "patch, anonymous, 401", "patch, owner, 200", "patch, otherStudent, 404", "patch, staff, 200",
            "patch, coordinator, 403", "patch, klApp, 403",
            "scheduleIntake, anonymous, 401", "scheduleIntake, owner, 403", "scheduleIntake, otherStudent, 404",
            "scheduleIntake, staff, 200", "scheduleIntake, coordinator, 200", "scheduleIntake, klApp, 403",
            "withdraw, owner, 200", "withdraw, otherStudent, 404", "withdraw, staff, 200", "withdraw, coordinator, 403",
            "history, anonymous, 401", "history, owner, 200", "history, otherStudent, 404", "history, staff, 200",
            "history, coordinator, 200", "history, klApp, 403"
    })
    void eachOperationWithEachCaller(String operation, String caller, int expected) {
        RequestSpecification request = as(caller);
        var response = switch (operation) {
            case "register" -> request.contentType(ContentType.JSON).body(registration(caller).json())
                    .post("/api/v1/placements");
            case "list" -> request.get("/api/v1/placements");
            case "get" -> request.get(location);
            case "patch" -> request.contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                    .body("{\"notes\": \"Insurance arranged\"}").patch(location);
            case "scheduleIntake" -> request.contentType(ContentType.JSON).body("{\"status\": \"INTAKE_SCHEDULED\"}")
                    .post(location + "/status");
            case "withdraw" -> request.contentType(ContentType.JSON).body("{\"status\": \"WITHDRAWN\"}")
                    .post(location + "/status");
            case "history" -> request.get(location + "/history");
            default -> throw new IllegalArgumentException(operation);
        };
        response.then().statusCode(expected);
        if (expected >= 400) {
            response.then().contentType("application/problem+json");
        }
    }
}
