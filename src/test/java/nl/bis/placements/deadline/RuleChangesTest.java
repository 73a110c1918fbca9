package nl.bis.placements.deadline;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.bis.placements.testing.DeadlineRuleRequest;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public calculator answers from a snapshot of the rules in force. A rule changed through this instance is
 * answered by the very next calculation; a rule changed by another instance (here: straight in the database, on
 * another connection) reaches the snapshot through PostgreSQL's NOTIFY, also after the listening connection was lost.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class RuleChangesTest {

    /** Far beyond every other test's rules; each test has a year of its own. */
    private static final AtomicInteger YEAR = new AtomicInteger(2300);
    /** Bound on how long another instance's change may take to arrive; it takes milliseconds. */
    private static final Duration ARRIVES_WITHIN = Duration.ofSeconds(3);

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    /** A year no rule of this type covers yet, with "today" on 10 January of it. */
    private int freshYear() {
        int year = YEAR.getAndIncrement();
        clock.fixOn(LocalDate.of(year, 1, 10));
        return year;
    }

    /** The tropical internship's cutoff for a departure on 1 September of the year, as the calculator answers it. */
    private static Response tropicalDeadline(int year) {
        return given().queryParam("placementType", "TROPICAL_INTERNSHIP").queryParam("departureDate", year + "-09-01")
                .when().get("/api/v1/deadlines");
    }

    private static String cutoff(int year) {
        return tropicalDeadline(year).then().statusCode(200).extract().path("[0].registrationCutoff");
    }

    private static String tropicalRule(String leadTime, int year) {
        return DeadlineRuleRequest.rule("TROPICAL_INTERNSHIP", "REGISTRATION", leadTime, year + "-01-01")
                .validUntil(year + "-12-31").json();
    }

    /** What another instance does: a rule written and committed on a connection of its own. */
    private void insertElsewhere(String leadTime, int year) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into deadline_rule (placement_type, kind, lead_time, valid_from, valid_until, description,"
                             + " created_by, updated_by) values ('TROPICAL_INTERNSHIP', 'REGISTRATION', ?, ?, ?,"
                             + " 'Written by another instance', 'other-instance', 'other-instance')")) {
            insert.setString(1, leadTime);
            insert.setObject(2, LocalDate.of(year, 1, 1));
            insert.setObject(3, LocalDate.of(year, 12, 31));
            insert.executeUpdate();
        }
    }

    /** The backend of the connection this instance listens on, once it is connected. */
    private Optional<Integer> listenerPid() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select pid from pg_stat_activity where application_name = ?")) {
            query.setString(1, RuleListener.APPLICATION_NAME);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
            }
        }
    }

    private int awaitListener() {
        return await().atMost(ARRIVES_WITHIN).until(this::listenerPid, Optional::isPresent).orElseThrow();
    }

    private void terminate(int pid) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_terminate_backend(" + pid + ")");
        }
    }

    @Test
    void aRuleCreatedOnThisInstanceIsAnsweredByTheNextCalculation() {
        int year = freshYear();
        tropicalDeadline(year).then().statusCode(200).body("[0].registrationCutoff", nullValue());

        DeadlineRuleRequest.create(tropicalRule("P3M", year)).then().statusCode(201);

        tropicalDeadline(year).then().statusCode(200)
                .body("[0].registrationCutoff", equalTo(year + "-06-01"))
                .body("[0].ruleId", notNullValue());
    }

    @Test
    void aRuleReplacedOnThisInstanceIsAnsweredByTheNextCalculation() {
        int year = freshYear();
        Response created = DeadlineRuleRequest.create(tropicalRule("P3M", year));
        created.then().statusCode(201);
        assertEquals(year + "-06-01", cutoff(year));

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(tropicalRule("P4M", year)).when().put(created.header("Location"))
                .then().statusCode(200);

        assertEquals(year + "-05-01", cutoff(year));
    }

    @Test
    void aRuleDeletedOnThisInstanceIsNoLongerAnswered() {
        int year = freshYear();
        Response created = DeadlineRuleRequest.create(tropicalRule("P3M", year));
        created.then().statusCode(201);
        assertEquals(year + "-06-01", cutoff(year));

        given().auth().oauth2(Tokens.staff()).when().delete(created.header("Location")).then().statusCode(204);

        tropicalDeadline(year).then().statusCode(200).body("[0].status", equalTo("NO_CUTOFF"));
    }

    @Test
    void theTagChangesWhenARuleChanges() {
        int year = freshYear();
        String before = tropicalDeadline(year).then().statusCode(200).extract().header("ETag");

        DeadlineRuleRequest.create(tropicalRule("P3M", year)).then().statusCode(201);

        given().queryParam("placementType", "TROPICAL_INTERNSHIP").queryParam("departureDate", year + "-09-01")
                .header("If-None-Match", before)
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("[0].registrationCutoff", equalTo(year + "-06-01"));
        assertNotEquals(before, tropicalDeadline(year).header("ETag"));
    }

    @Test
    void aRuleWrittenByAnotherInstanceIsPickedUp() throws SQLException {
        int year = freshYear();
        assertEquals(null, cutoff(year));

        insertElsewhere("P2M", year);

        await().atMost(ARRIVES_WITHIN).until(() -> cutoff(year), equalTo(year + "-07-01"));
    }

    @Test
    void afterTheListeningConnectionIsKilledALaterChangeIsStillPickedUp() throws SQLException {
        int year = freshYear();
        int killed = awaitListener();

        terminate(killed);
        await().atMost(ARRIVES_WITHIN).until(this::listenerPid, pid -> pid.isPresent() && pid.get() != killed);
        insertElsewhere("P2M", year);

        await().atMost(ARRIVES_WITHIN).until(() -> cutoff(year), equalTo(year + "-07-01"));
    }

    @Test
    void aChangeMadeWhileTheListenerIsAwayIsPickedUpWhenItIsBack() throws SQLException {
        int year = freshYear();
        assertEquals(null, cutoff(year));

        terminate(awaitListener());
        insertElsewhere("P2M", year);

        await().atMost(ARRIVES_WITHIN).until(() -> cutoff(year), equalTo(year + "-07-01"));
    }

    @Test
    void readinessStaysUpWhileTheListenerReconnects() throws SQLException {
        terminate(awaitListener());

        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem(RuleListenerCheck.NAME));
        awaitListener();
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
