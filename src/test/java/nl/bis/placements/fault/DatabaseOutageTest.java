package nl.bis.placements.fault;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import nl.bis.placements.testing.PlacementRequest;
import nl.bis.placements.testing.PostgresResource;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The minute the database restarts: requests are answered 503 quickly instead of hanging, readiness goes DOWN while
 * liveness stays UP, the service recovers by itself, and every write it acknowledged is still there afterwards.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class DatabaseOutageTest {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);
    private static final Duration RECOVER_WITHIN = Duration.ofSeconds(10);

    @Inject
    TestClock clock;

    private record Outcome(int status, String contentType, String location, long millis) {
    }

    private static Outcome register() {
        long start = System.nanoTime();
        Response response = PlacementRequest.register(Tokens.staff(),
                placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-08-01").at("Oranjestad", "Praktijk Noord")
                        .discipline(null).forStudent(TestStudents.freshNumber()));
        return new Outcome(response.statusCode(), response.contentType(), response.header("Location"),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void anOutageIsAnsweredQuicklyAndNoAcknowledgedWriteIsLost() throws Exception {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            writers.submit(() -> {
                while (writing.get()) {
                    outcomes.add(register());
                }
            });
        }
        long recoveredAfter;
        try {
            Thread.sleep(1000);
            PostgresResource.stopServer();
            try {
                Thread.sleep(1500);
                for (int i = 0; i < 5; i++) {
                    long start = System.nanoTime();
                    Response read = given().auth().oauth2(Tokens.staff()).queryParam("size", 1)
                            .when().get("/api/v1/placements");
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    assertEquals(503, read.statusCode(), read.asString());
                    assertTrue(read.contentType().startsWith("application/problem+json"), read.contentType());
                    assertTrue(millis <= ANSWER_WITHIN.toMillis(), "answered after " + millis + " ms");
                }
                given().when().get("/q/health/ready").then().statusCode(503);
                given().when().get("/q/health/live").then().statusCode(200);
            } finally {
                PostgresResource.startServer();
            }
            long upAt = System.nanoTime();
            while (true) {
                int status = given().auth().oauth2(Tokens.staff()).queryParam("size", 1)
                        .when().get("/api/v1/placements").statusCode();
                if (status == 200) {
                    recoveredAfter = (System.nanoTime() - upAt) / 1_000_000;
                    break;
                }
                assertTrue(System.nanoTime() - upAt < RECOVER_WITHIN.toNanos(), "not recovered within 10 s");
                Thread.sleep(100);
            }
            Thread.sleep(1000);
        } finally {
            writing.set(false);
            writers.shutdown();
            assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));
        }
        given().when().get("/q/health/ready").then().statusCode(200);

        Map<Integer, Long> byStatus = outcomes.stream().collect(Collectors.groupingBy(Outcome::status, Collectors.counting()));
        System.out.printf("Outage: recovered %d ms after the restart; writes by status %s; slowest %d ms%n",
                recoveredAfter, byStatus, outcomes.stream().mapToLong(Outcome::millis).max().orElse(0));
        List<Outcome> unexpected = outcomes.stream().filter(o -> o.status() != 201 && o.status() != 503).toList();
        assertTrue(unexpected.isEmpty(), "writes answered neither 201 nor 503: " + unexpected);
        assertTrue(outcomes.stream().filter(o -> o.status() == 503)
                .allMatch(o -> o.contentType().startsWith("application/problem+json")));
        assertTrue(outcomes.stream().allMatch(o -> o.millis() <= ANSWER_WITHIN.toMillis() + 1000),
                "a write hung: " + outcomes.stream().mapToLong(Outcome::millis).max().orElse(0) + " ms");
        List<Outcome> acknowledged = outcomes.stream().filter(o -> o.status() == 201).toList();
        assertTrue(acknowledged.size() > 10, "too few writes to tell: " + acknowledged.size());
        for (Outcome write : acknowledged) {
            given().auth().oauth2(Tokens.staff()).when().get(write.location()).then().statusCode(200);
        }
    }
}
