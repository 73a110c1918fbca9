package nl.bis.placements.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention job against students with data in every table of the register, all of it from 2001 and so expired
 * when the job runs "today" in 2009 (the other tests' data is decades later and stays).
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class RetentionJobTest {

    private static final LocalDate RUN_DAY = LocalDate.of(2009, 6, 1);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @Inject
    RetentionJob job;

    @Test
    void theExportHoldsEveryTableOfTheRegister() throws SQLException {
        String student = TestStudents.freshNumber();
        seed(student, "ZqExp" + student);

        Map<String, Object> records = given().auth().oauth2(Tokens.staff())
                .when().get("/api/v1/students/" + student + "/export").then().statusCode(200)
                .extract().jsonPath().getMap("records");
        Set<String> missing = new TreeSet<>();
        try (Connection db = dataSource.getConnection()) {
            for (PersonalData entry : PersonalDataRegister.entries()) {
                if (Seeds.exists(db, entry.table()) && !records.containsKey(PersonalDataExport.camel(entry.table()))) {
                    missing.add(entry.table());
                }
            }
        }
        assertEquals(Set.of(), missing, "register tables the export left out (or the seeds did not fill)");
    }

    @Test
    void afterRetentionNoMarkerAndNotTheStudentNumberRemainInAnyTextColumnOfAnyTable() throws SQLException {
        String student = TestStudents.freshNumber();
        String marker = "ZqMark" + student;
        seed(student, marker);

        clock.fixOn(RUN_DAY);
        assertTrue(job.run().isPresent());

        List<String> left = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
             ResultSet columns = db.createStatement().executeQuery("""
                     select table_name, column_name from information_schema.columns
                      where table_schema = current_schema()
                        and data_type in ('character varying', 'text', 'character', 'jsonb', 'json')""")) {
            while (columns.next()) {
                String table = columns.getString(1);
                String column = columns.getString(2);
                String found = Seeds.text(db, "select count(*) from " + table + " where " + column
                        + "::text like ? or " + column + "::text ~ ?", "%" + marker + "%",
                        "(^|[^0-9])" + student + "([^0-9]|$)");
                if (!"0".equals(found)) {
                    left.add(table + "." + column);
                }
            }
        }
        assertEquals(List.of(), left, "columns still holding the student's data");
    }

    @Test
    void thePlacementKeepsTypeCountryDatesAndStatusUnderAPseudonymWithAnAnonymisedEntry() throws SQLException {
        String student = TestStudents.freshNumber();
        long placement = seed(student, "ZqKeep" + student);

        clock.fixOn(RUN_DAY);
        job.run();

        try (Connection db = dataSource.getConnection()) {
            assertEquals("SENIOR_CLERKSHIP|DE|2001-01-08|2001-03-01|COMPLETED|anonymised|anonymised|t", Seeds.text(db,
                    "select concat_ws('|', placement_type, country_code, departure_date, return_date, status, city,"
                            + " host_institution, s.anonymised_at is not null) from placement p"
                            + " join student s on s.student_number = p.student_number where p.id = ?", placement));
            assertEquals("retention-job", Seeds.text(db, "select string_agg(changed_by, ',') from placement_history"
                    + " where placement_id = ? and action = 'ANONYMISED'", placement));
            assertEquals(null, Seeds.text(db, "select student_number from student where student_number = ?", student));
            assertEquals("ATTENDED", Seeds.text(db, "select r.status from event_registration r join placement p"
                    + " on p.student_number = r.student_number where p.id = ?", placement));
        }
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/placements/" + placement + "/history")
                .then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItem("ANONYMISED"));
    }

    @Test
    void incidentsGoAfterTwoYearsWhileThePlacementStaysWithTheStudent() throws SQLException {
        String student = TestStudents.freshNumber();
        long placement = seed(student, "ZqInc" + student);

        clock.fixOn(LocalDate.of(2004, 6, 1));
        job.run();

        try (Connection db = dataSource.getConnection()) {
            assertEquals("anonymised|anonymised|NEEDLESTICK_INJURY|HANDLED", Seeds.text(db,
                    "select concat_ws('|', location, description, kind, follow_up) from incident where placement_id = ?",
                    placement));
            assertEquals(student, Seeds.text(db, "select student_number from placement where id = ?", placement));
            assertEquals("0", Seeds.text(db, "select count(*) from address_abroad where placement_id = ?", placement));
            assertEquals("0", Seeds.text(db, "select count(*) from emergency_contacts where student_number = ?",
                    student));
            assertTrue(Seeds.text(db, "select notes from placement where id = ?", placement).startsWith("ZqInc"));
            assertEquals("[INCIDENT, CONTACT]", Seeds.text(db, "select substring(reason from '\\[.*\\]')"
                    + " from placement_history where placement_id = ? and action = 'ANONYMISED'", placement));
        }
    }

    @Test
    void twoInstancesRunningAtOnceAnonymiseEveryRecordOnceAndASecondRunChangesNothing() throws Exception {
        List<Long> placements = new ArrayList<>();
        List<String> students = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String student = TestStudents.freshNumber();
            students.add(student);
            placements.add(seed(student, "ZqTwo" + student));
        }
        clock.fixOn(RUN_DAY);

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Optional<PrivacyRunEntity>>> runs = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return job.run();
            }));
        }
        start.countDown();
        int ran = 0;
        for (CompletableFuture<Optional<PrivacyRunEntity>> run : runs) {
            ran += run.get().isPresent() ? 1 : 0;
        }
        assertTrue(ran >= 1);

        String before = snapshot(placements);
        for (long placement : placements) {
            try (Connection db = dataSource.getConnection()) {
                assertEquals("1", Seeds.text(db, "select count(*) from placement_history where placement_id = ?"
                        + " and action = 'ANONYMISED'", placement), "placement " + placement);
            }
        }
        assertTrue(job.run().isPresent());
        assertEquals(before, snapshot(placements), "a second run changed anonymised records");
    }

    /** Everything left of these placements, their sign-ups' students and claims' students included, as JSON. */
    private String snapshot(List<Long> placements) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection db = dataSource.getConnection()) {
            for (long placement : placements) {
                String pseudonym = Seeds.text(db, "select student_number from placement where id = ?", placement);
                for (PersonalData entry : PersonalDataRegister.entries()) {
                    if (Seeds.exists(db, entry.table())) {
                        all.append(Seeds.text(db, "select jsonb_agg(to_jsonb(t) order by to_jsonb(t)::text)::text"
                                + " from " + entry.table() + " t where " + entry.studentOf() + " = ?", pseudonym));
                    }
                }
            }
        }
        return all.toString();
    }

    private long seed(String student, String marker) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            long placement = Seeds.studentWithEverything(db, student, marker);
            Seeds.markEveryTextColumn(db, student, marker);
            db.commit();
            return placement;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
