package nl.bis.placements.preparation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.bis.placements.testing.EventRequest;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents.Student;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The morning the tropical course opens: 200 students at once for 30 seats. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class ConcurrentSignUpTest {

    @Inject
    TestClock clock;

    @Test
    void twoHundredConcurrentSignUpsFillThirtySeatsAndQueueTheRestInOrder() throws Exception {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        long event = EventRequest.createdId(EventRequest.meeting("2027-05-13").capacity(30));
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            students.add(TestStudents.fresh());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<JsonPath>> results = new ArrayList<>();
        try {
            for (Student student : students) {
                results.add(pool.submit(() -> {
                    start.await();
                    var response = EventRequest.signUp(student.token(), event);
                    assertEquals(201, response.statusCode(), response.asString());
                    return response.jsonPath();
                }));
            }
            start.countDown();
            int confirmed = 0;
            Set<Integer> positions = new HashSet<>();
            for (Future<JsonPath> result : results) {
                JsonPath registration = result.get();
                if ("CONFIRMED".equals(registration.getString("status"))) {
                    confirmed++;
                } else {
                    assertEquals("WAITLISTED", registration.getString("status"));
                    assertTrue(positions.add(registration.getInt("waitlistPosition")));
                }
            }
            assertEquals(30, confirmed);
            assertEquals(170, positions.size());
            assertEquals(170, positions.stream().mapToInt(Integer::intValue).max().orElseThrow());
        } finally {
            pool.shutdownNow();
        }

        // Cancelling confirmed seats promotes the waitlist in its order.
        List<Map<String, Object>> registrations = given().auth().oauth2(Tokens.staff())
                .when().get("/api/v1/preparation-events/" + event + "/registrations")
                .then().statusCode(200).extract().jsonPath().getList("");
        List<Map<String, Object>> waitlist = registrations.stream()
                .filter(r -> "WAITLISTED".equals(r.get("status"))).toList();
        for (int i = 0; i < waitlist.size(); i++) {
            assertEquals(i + 1, waitlist.get(i).get("waitlistPosition"));
        }
        for (Map<String, Object> seat : registrations.subList(0, 3)) {
            given().auth().oauth2(Tokens.staff())
                    .when().delete("/api/v1/preparation-events/" + event + "/registrations/" + seat.get("id"))
                    .then().statusCode(204);
        }
        List<Map<String, Object>> after = given().auth().oauth2(Tokens.staff())
                .when().get("/api/v1/preparation-events/" + event + "/registrations")
                .then().extract().jsonPath().getList("");
        for (Map<String, Object> promoted : waitlist.subList(0, 3)) {
            assertEquals("CONFIRMED", after.stream().filter(r -> r.get("id").equals(promoted.get("id")))
                    .findFirst().orElseThrow().get("status"));
        }
        assertEquals(30, after.stream().filter(r -> "CONFIRMED".equals(r.get("status"))).count());
        assertEquals(1, after.stream().filter(r -> r.get("id").equals(waitlist.get(3).get("id")))
                .findFirst().orElseThrow().get("waitlistPosition"));
    }
}
