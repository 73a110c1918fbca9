package nl.bis.placements.usmleclaim;

import static nl.bis.placements.usmleclaim.Claims.PATH;
import static nl.bis.placements.usmleclaim.Claims.as;
import static nl.bis.placements.usmleclaim.Claims.claim;
import static nl.bis.placements.usmleclaim.Claims.create;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One claim per step, also when a student's double click sends the same claim several times at once. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class UsmleClaimConcurrencyTest {

    private static final int AT_ONCE = 8;

    @Inject
    TestClock clock;

    @BeforeEach
    void mid2027January() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
    }

    @Test
    void ofClaimsForOneStepStartedAtOnceExactlyOneIsKept() throws Exception {
        TestStudents.Student student = TestStudents.fresh();
        CyclicBarrier start = new CyclicBarrier(AT_ONCE);
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return create(student.token(), claim("STEP_1"));
                }));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }
            Map<Integer, Long> statuses = responses.stream().collect(Collectors.groupingBy(Response::statusCode,
                    TreeMap::new, Collectors.counting()));
            assertEquals(Map.of(201, 1L, 409, (long) AT_ONCE - 1), statuses);
            responses.stream().filter(r -> r.statusCode() == 409).map(r -> r.jsonPath().getString("type"))
                    .forEach(type -> assertEquals("https://placements.example/problems/claim-exists", type));
        } finally {
            pool.shutdownNow();
        }
        as(Tokens.staff()).queryParam("studentNumber", student.number()).when().get(PATH).then()
                .body("totalItems", equalTo(1));
    }

    /** The database keeps the rule itself: the index refuses a second counting claim however it is written. */
    @Test
    void theDatabaseRefusesASecondCountingClaimOfAStep() {
        TestStudents.Student student = TestStudents.fresh();
        create(student.token(), claim("STEP_2")).then().statusCode(201);
        Function<String, String> insert = status -> """
                insert into usmle_claim (student_number, step, exam_date, passed, status, version, created_by,
                    created_at, updated_by, updated_at)
                values ('%s', 'STEP_2', date '2026-11-12', true, '%s', 0, 'test', now(), 'test', now())"""
                .formatted(student.number(), status);
        Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> sql(insert.apply("DRAFT")));
        org.junit.jupiter.api.Assertions.assertTrue(nl.bis.placements.common.Constraints.violated(refused, ClaimService.ONE_PER_STEP),
                refused.toString());
        // A withdrawn claim of the step does not count.
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> sql(insert.apply("WITHDRAWN")));
    }

    @Inject
    jakarta.persistence.EntityManager entityManager;

    private void sql(String statement) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
