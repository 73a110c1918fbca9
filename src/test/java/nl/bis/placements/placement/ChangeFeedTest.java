package nl.bis.placements.placement;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.deliver;
import static nl.bis.placements.testing.PlacementRequest.fromKlApp;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@ExtendWith(TestClockReset.class)
class ChangeFeedTest {

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void midJanuary2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
    }

    /** A consumer that keeps its cursor, as KL-app would. */
    private static final class Consumer {
        String cursor;
        final List<Map<String, Object>> seen = new ArrayList<>();

        /** Reads pages until the feed has nothing more right now. */
        void catchUp(int limit) {
            boolean more = true;
            while (more) {
                var request = given().auth().oauth2(Tokens.klApp()).queryParam("limit", limit);
                if (cursor != null) {
                    request.queryParam("after", cursor);
                }
                JsonPath page = request.when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
                seen.addAll(page.getList("items"));
                if (page.getString("next") != null) {
                    cursor = page.getString("next");
                }
                more = page.getBoolean("hasMore");
            }
        }

        List<Object> placementIds() {
            return seen.stream().map(change -> change.get("placementId")).toList();
        }
    }

    private long registered() {
        return register(Tokens.staff(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-08-01")
                        .forStudent(TestStudents.freshNumber()))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aConsumerPagingFromTheStartSeesEveryChangeOnceAndInOrder() {
        long placement = registered();
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"status\": \"INTAKE_SCHEDULED\"}")
                .when().post("/api/v1/placements/" + placement + "/status").then().statusCode(200);

        Consumer consumer = new Consumer();
        consumer.catchUp(7);

        Set<String> cursors = new HashSet<>();
        consumer.seen.forEach(change -> assertTrue(cursors.add((String) change.get("cursor")), "seen twice: " + change));
        List<Map<String, Object>> mine = consumer.seen.stream()
                .filter(change -> ((Number) change.get("placementId")).longValue() == placement).toList();
        assertEquals(2, mine.size(), mine::toString);
        assertEquals("CREATED", mine.get(0).get("kind"));
        assertEquals("REGISTERED", mine.get(0).get("status"));
        assertEquals("STATUS_CHANGED", mine.get(1).get("kind"));
        assertEquals("INTAKE_SCHEDULED", mine.get(1).get("status"));

        // Nothing new: the next read is empty and keeps the cursor.
        String before = consumer.cursor;
        consumer.catchUp(50);
        assertEquals(before, consumer.cursor);
        assertEquals(cursors.size(), consumer.seen.size());
    }

    @Test
    void aCreatedChangeNamesItsStatusButNoTransition() {
        long placement = registered();
        Consumer consumer = new Consumer();
        consumer.catchUp(1000);

        Map<String, Object> created = consumer.seen.stream()
                .filter(change -> ((Number) change.get("placementId")).longValue() == placement).findFirst().orElseThrow();
        assertEquals("CREATED", created.get("kind"));
        assertEquals("REGISTERED", created.get("status"));
        assertFalse(created.containsKey("fromStatus"), created::toString);
        assertFalse(created.containsKey("toStatus"), created::toString);
    }

    @Test
    void aTransactionThatCommitsLateIsNotSkipped() throws Exception {
        long early = registered();
        Consumer consumer = new Consumer();
        consumer.catchUp(500);

        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            // A change whose transaction starts now but commits only after later ones.
            try (PreparedStatement insert = slow.prepareStatement("""
                    insert into placement_history (placement_id, changed_at, changed_by, action, status, changes)
                    values (?, now(), 'slow-writer', 'UPDATED', 'REGISTERED', '[]')""")) {
                insert.setLong(1, early);
                insert.executeUpdate();
            }
            long later = registered();

            consumer.catchUp(500);
            assertFalse(consumer.placementIds().contains(later),
                    "a change after the open transaction was handed out while it could still commit before it");

            slow.commit();
            consumer.catchUp(500);
            List<String> kinds = consumer.seen.stream()
                    .filter(c -> List.of(early, later).contains(((Number) c.get("placementId")).longValue()))
                    .map(c -> c.get("by") + ":" + c.get("kind") + ":" + c.get("placementId")).toList();
            assertEquals(List.of("staff1:CREATED:" + early, "slow-writer:UPDATED:" + early, "staff1:CREATED:" + later),
                    kinds);
        }
        Set<Object> cursors = new HashSet<>();
        consumer.seen.forEach(change -> assertTrue(cursors.add(change.get("cursor"))));
    }

    @Test
    void klAppRegistrationsCarryTheirKlAppId() {
        clock.fixOn(LocalDate.of(2027, 3, 10));
        String id = "KL-feed-" + TestStudents.freshNumber();
        deliver(id, fromKlApp(TestStudents.freshNumber())).then().statusCode(201);
        Consumer consumer = new Consumer();
        consumer.catchUp(1000);
        assertTrue(consumer.seen.stream().anyMatch(c -> id.equals(c.get("klAppId"))));
    }

    @Test
    void anUnreadableCursorIsNamed() {
        given().auth().oauth2(Tokens.staff()).queryParam("after", "not-a-cursor")
                .when().get("/api/v1/changes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("after"));
    }

    @Test
    void onlyKlAppAndStaffReadTheFeed() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/changes").then().statusCode(200);
        given().auth().oauth2(Tokens.student1()).when().get("/api/v1/changes").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/v1/changes").then().statusCode(403);
        given().when().get("/api/v1/changes").then().statusCode(401);
    }
}
