package nl.bis.placements.placement;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.EventRequest.createdId;
import static nl.bis.placements.testing.EventRequest.meeting;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.bis.placements.testing.PlacementRequest;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tokens with several roles, as the realm can issue them: each role grants what it grants, and the student role
 * reaches only the caller's own placements. The expectations are derived from the single-role grants, so a role can
 * never lend a caller more than that.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class CombinedRolesTest {

    private static final List<String> REALM_ROLES = List.of("student", "staff", "coordinator", "kl-app");

    @Inject
    TestClock clock;

    private String callerNumber;
    private String token;

    @BeforeEach
    void midJanuary2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
    }

    /** Every combination of two or more realm roles. */
    static Stream<List<String>> combinations() {
        List<List<String>> all = new ArrayList<>();
        for (int mask = 0; mask < 1 << REALM_ROLES.size(); mask++) {
            if (Integer.bitCount(mask) >= 2) {
                List<String> roles = new ArrayList<>();
                for (int i = 0; i < REALM_ROLES.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        roles.add(REALM_ROLES.get(i));
                    }
                }
                all.add(roles);
            }
        }
        return all.stream();
    }

    static Stream<Arguments> operationsOnAnothersPlacement() {
        return combinations().flatMap(roles -> Stream.of("get", "history", "patch", "scheduleIntake", "withdraw",
                "cancelSeat").map(operation -> Arguments.of(roles, operation)));
    }

    static Stream<Arguments> studentCombinations() {
        return combinations().filter(roles -> roles.contains("student")).map(Arguments::of);
    }

    @ParameterizedTest(name = "{1} by {0}")
    @MethodSource("operationsOnAnothersPlacement")
    void onAnotherStudentsPlacementOnlyStaffAndCoordinatorGrantsCount(List<String> roles, String operation) {
        signIn(roles);
        String location = placementOfAnotherStudent();

        Response response = switch (operation) {
            case "get" -> given().auth().oauth2(token).get(location);
            case "history" -> given().auth().oauth2(token).get(location + "/history");
            case "patch" -> given().auth().oauth2(token).contentType("application/merge-patch+json")
                    .header("If-Match", "\"0\"").body("{\"notes\": \"Changed by someone else\"}").patch(location);
            case "scheduleIntake" -> status(location, "INTAKE_SCHEDULED");
            case "withdraw" -> status(location, "WITHDRAWN");
            case "cancelSeat" -> given().auth().oauth2(token).delete(seatOfAnotherStudent());
            default -> throw new IllegalArgumentException(operation);
        };

        response.then().statusCode(expected(roles, operation));
        if (response.statusCode() >= 400) {
            response.then().contentType("application/problem+json");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("studentCombinations")
    void onTheirOwnPlacementTheStudentRestrictionsStillApply(List<String> roles) {
        signIn(roles);
        String own = ownPlacement(roles);

        boolean staff = roles.contains("staff");
        if (!staff) {
            given().auth().oauth2(token).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                    .body("{\"lateReason\": \"Forgot\"}").patch(own)
                    .then().statusCode(400).body("violations[0].message", containsString("only staff"));
        }
        given().auth().oauth2(token).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"studentName\": \"Somebody Else\"}").patch(own)
                .then().statusCode(staff ? 200 : 400);
        String etag = given().auth().oauth2(token).get(own).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(token).contentType("application/merge-patch+json")
                .header("If-Match", etag).body("{\"notes\": \"Insurance arranged\"}").patch(own)
                .then().statusCode(200).body("notes", equalTo("Insurance arranged"));
        status(own, "WITHDRAWN").then().statusCode(200);
    }

    /** What the caller gets when each role is judged alone and the best grant wins. */
    private static int expected(List<String> roles, String operation) {
        boolean staff = roles.contains("staff");
        boolean coordinator = roles.contains("coordinator");
        boolean student = roles.contains("student");
        boolean granted = switch (operation) {
            case "get", "history", "scheduleIntake" -> staff || coordinator;
            case "patch", "withdraw", "cancelSeat" -> staff;
            default -> throw new IllegalArgumentException(operation);
        };
        if (granted) {
            return operation.equals("cancelSeat") ? 204 : 200;
        }
        if (staff || coordinator) {
            return 403; // they may see it, but none of their roles lets them do this
        }
        return student ? 404 : 403; // the student role reaches the endpoint, but this placement is not theirs
    }

    private void signIn(List<String> roles) {
        callerNumber = roles.contains("student") ? TestStudents.freshNumber() : null;
        token = Tokens.withRoles("multi-" + String.join("-", roles), callerNumber, roles);
    }

    private Response status(String location, String status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"status\": \"" + status + "\"}")
                .post(location + "/status");
    }

    private static String placementOfAnotherStudent() {
        String other = TestStudents.freshNumber();
        return register(Tokens.staff(), placement("GP_CLERKSHIP", "CW", "2027-07-01", "2027-09-01").forStudent(other))
                .then().statusCode(201).extract().header("Location");
    }

    private String ownPlacement(List<String> roles) {
        PlacementRequest own = placement("GP_CLERKSHIP", "CW", "2027-07-01", "2027-09-01");
        return register(token, roles.contains("staff") ? own.forStudent(callerNumber) : own)
                .then().statusCode(201).extract().header("Location");
    }

    private static String seatOfAnotherStudent() {
        long event = createdId(meeting("2027-03-04").location("Medical Faculty, F-120"));
        TestStudents.Student other = TestStudents.fresh();
        long seat = given().auth().oauth2(other.token()).post("/api/v1/preparation-events/" + event + "/registrations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return "/api/v1/preparation-events/" + event + "/registrations/" + seat;
    }
}
