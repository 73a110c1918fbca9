package nl.bis.placements.progresstest;

import static nl.bis.placements.progresstest.ProgressTestCalls.TESTS;
import static nl.bis.placements.progresstest.ProgressTestCalls.activeConflictDates;
import static nl.bis.placements.progresstest.ProgressTestCalls.addTest;
import static nl.bis.placements.progresstest.ProgressTestCalls.as;
import static nl.bis.placements.progresstest.ProgressTestCalls.freshYear;
import static nl.bis.placements.progresstest.ProgressTestCalls.registeredPlacement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test date moved onto a placement's new period at the moment the placement moves onto it: each change alone would
 * read the other's old state and find no conflict. They take turns, so the conflict is there either way.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class ProgressTestConcurrencyTest {

    private static final int ROUNDS = 6;

    @Inject
    TestClock clock;

    @BeforeEach
    void january2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
    }

    @Test
    void aTestMovedOntoAPlacementMovingOntoItAtTheSameMomentConflicts() throws Exception {
        int year = freshYear();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String day = String.format("%02d", round + 10);
                String placement = registeredPlacement(year + "-02-01", year + "-03-31");
                long test = addTest(year + "-09-" + day);
                String placementTag = as(Tokens.staff()).when().get(placement).then().extract().header("ETag");
                String testTag = as(Tokens.staff()).when().get(TESTS + "/" + test).then().extract().header("ETag");
                CyclicBarrier start = new CyclicBarrier(2);
                Callable<Response> patch = () -> {
                    start.await();
                    return RestAssured.given().auth().oauth2(Tokens.staff())
                            .contentType("application/merge-patch+json").header("If-Match", placementTag)
                            .body("{\"departureDate\": \"" + year + "-05-01\", \"returnDate\": \"" + year + "-06-30\"}")
                            .when().patch(placement);
                };
                Callable<Response> move = () -> {
                    start.await();
                    return as(Tokens.staff()).header("If-Match", testTag)
                            .body("{\"testDate\": \"" + year + "-06-" + day + "\"}").when().put(TESTS + "/" + test);
                };
                Future<Response> patched = pool.submit(patch);
                Future<Response> moved = pool.submit(move);
                assertEquals(200, patched.get().statusCode(), patched.get().asString());
                assertEquals(200, moved.get().statusCode(), moved.get().asString());

                // The placements of the earlier rounds moved onto their tests too; this one's test must be there.
                assertTrue(activeConflictDates(placement).contains(year + "-06-" + day), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
