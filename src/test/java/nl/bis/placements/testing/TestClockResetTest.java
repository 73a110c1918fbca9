package nl.bis.placements.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link TestClockReset} puts the clock back after a test that fixed it and cleaned up nothing: the first test leaves
 * the clock in 2001, the second must find real time again, in the bean and in what the service answers.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestClockResetTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2001, 2, 3);

    @Inject
    TestClock clock;

    private static String today() {
        return given().queryParam("placementType", "GP_CLERKSHIP").queryParam("departureDate", "2099-09-01")
                .when().get("/api/v1/deadlines").then().statusCode(200).extract().path("[0].today");
    }

    @Test
    @Order(1)
    void aTestFixesTheClockAndLeavesItFixed() {
        clock.fixOn(LONG_AGO);

        assertEquals("2001-02-03", today());
    }

    @Test
    @Order(2)
    void theNextTestFindsRealTime() {
        Instant before = Instant.now();
        Instant now = clock.instant();
        LocalDate todayBefore = LocalDate.now(TestClock.AMSTERDAM);
        String answered = today();
        LocalDate todayAfter = LocalDate.now(TestClock.AMSTERDAM);

        assertFalse(now.isBefore(before), now + " is before " + before);
        assertTrue(now.isBefore(Instant.now().plusSeconds(1)), now + " is in the future");
        assertTrue(List.of(todayBefore.toString(), todayAfter.toString()).contains(answered), answered);
    }
}
