package nl.bis.placements.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.bis.placements.message.MessageKind;
import nl.bis.placements.message.MessageRefs;
import nl.bis.placements.message.Outbox;
import nl.bis.placements.message.OutboxMessageEntity;
import nl.bis.placements.testing.StaffPlacements;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input against every operation of the contract, for every kind of caller. For each operation and caller
 * the fuzzer sends the plausible valid request (the contract's example, adjusted to data seeded through the API) and
 * variations of it: a missing, mistyped, oversized, hostile or malformed value for each path parameter, query
 * parameter, header and body member; malformed bodies; wrong media types; an Accept that excludes JSON.
 *
 * <p>Whatever is sent, every answer must be below 500, every error an RFC 9457 problem whose {@code status} is the
 * HTTP status and that leaks no class names or stack traces, and every answer (valid or not) one the contract
 * describes for the operation. All failures are collected and reported together. After the fuzzing, everything the
 * fuzzer stored is read back (JSON, CSV and workbook exports, calendar, change feed), and the HTTP server's own
 * request-line and header limits are probed once.
 *
 * <p>The callers that the valid request shows to be allowed get the variations: the first of them (anonymous for
 * public operations, else staff, KL-app, student, coordinator) all of them, the others a sample; callers that are
 * refused get a smaller sample. Samples come from a seeded {@link Random} ({@code -Dfuzz.seed}), so runs repeat.
 * The literal id {@code 1}, which may belong to another test's data, is sent only to reading operations and to callers
 * that are refused anyway; writes go to the fuzzer's own seeded data (see {@link Fixture}).
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class ContractFuzzTest {

    static final String SPECIFICATION = "openapi/openapi.yaml";
    static final long SEED = Long.getLong("fuzz.seed", 20270110L);
    static final int SAMPLE_ALLOWED = 25;
    static final int SAMPLE_REFUSED = 6;

    record Caller(String name, String token) {
    }

    record Failure(String operation, String caller, String variation, int status, String problem, String request,
                   String response) {
    }

    @Inject
    TestClock clock;

    @Inject
    Outbox outbox;

    @TestHTTPResource("/")
    URL base;

    private Contract contract;
    private ResponseCheck check;
    private Wire wire;
    private Fixture fixture;
    private final List<Failure> failures = new ArrayList<>();
    private final Map<String, Integer> requestsPerOperation = new TreeMap<>();
    private final Map<String, Map<String, Integer>> validStatuses = new TreeMap<>();
    /** With -Dfuzz.trace=FILE, one line per request (operation, caller, variation, status) goes to FILE. */
    private final List<String> trace = new ArrayList<>();
    private int requests;
    private long wireNanos;
    private long checkNanos;

    @BeforeEach
    void january2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
    }

    @Test
    void everyOperationAnswersHostileInputAsTheContractSays() {
        long started = System.nanoTime();
        contract = Contract.load(SPECIFICATION);
        check = new ResponseCheck(SPECIFICATION);
        wire = new Wire(base.toString());
        fixture = new Fixture();
        seed();

        long past = System.currentTimeMillis() / 1000 - 3600;
        List<Caller> callers = List.of(
                new Caller("anonymous", null),
                new Caller("student", fixture.student.token()),
                new Caller("staff", Tokens.staff()),
                new Caller("coordinator", Tokens.coordinator()),
                new Caller("kl-app", Tokens.klApp()),
                new Caller("expired", Tokens.sign(Tokens.builder("staff1", "staff").issuedAt(past - 600).expiresAt(past))));
        Variations variations = new Variations(contract, fixture);

        for (Contract.Op op : contract.operations) {
            fuzz(op, callers, variations);
        }
        readBack(callers, variations);
        transportLimits(named(callers, "anonymous"));

        double seconds = (System.nanoTime() - started) / 1e9;
        report(seconds);
        String traceFile = System.getProperty("fuzz.trace");
        if (traceFile != null) {
            try {
                java.nio.file.Files.write(java.nio.file.Path.of(traceFile), trace);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(requests >= 2000, "too few requests: " + requests);
        if (!failures.isEmpty()) {
            fail(failures.size() + " answers broke the contract (" + groups().size()
                    + " distinct problems); see the table printed above");
        }
    }

    private void fuzz(Contract.Op op, List<Caller> callers, Variations variations) {
        Map<String, FuzzRequest> valid = new LinkedHashMap<>();
        Map<String, Boolean> allowed = new LinkedHashMap<>();
        for (Caller caller : callers) {
            FuzzRequest request = variations.valid(op, caller.name());
            int status = exchange(op, caller, request);
            valid.put(caller.name(), request);
            allowed.put(caller.name(), status != 401 && status != 403);
            validStatuses.computeIfAbsent(op.id(), k -> new LinkedHashMap<>()).put(caller.name(), status);
        }
        String primary = primary(op, allowed);
        for (Caller caller : callers) {
            FuzzRequest request = valid.get(caller.name());
            boolean isAllowed = allowed.get(caller.name());
            List<FuzzRequest> all = new ArrayList<>();
            if (!op.params("query").isEmpty()) {
                all.add(variations.withAllExamples(op, request));
            }
            all.addAll(variations.hostile(op, request, fixture.validBody(op, caller.name()), op.safe() || !isAllowed));
            List<FuzzRequest> chosen;
            if (caller.name().equals(primary)) {
                chosen = all;
            } else {
                List<FuzzRequest> shuffled = new ArrayList<>(all.subList(1, all.size()));
                Collections.shuffle(shuffled, new Random(SEED ^ (op.id() + "/" + caller.name()).hashCode()));
                chosen = new ArrayList<>(List.of(all.get(0)));
                chosen.addAll(shuffled.subList(0, Math.min(shuffled.size(), isAllowed ? SAMPLE_ALLOWED : SAMPLE_REFUSED)));
            }
            for (FuzzRequest r : chosen) {
                exchange(op, caller, r);
            }
        }
    }

    /**
     * After all the hostile writes, everything that was stored is read back: every reading operation once more,
     * the fuzzer's placements as JSON, as CSV and as a workbook, its events, the calendar feed and the whole change
     * feed. Stored hostile text must not break an answer (or break out of a CSV cell or calendar line, or become a
     * formula in the workbook).
     */
    private void readBack(List<Caller> callers, Variations variations) {
        Caller staff = named(callers, "staff");
        for (Contract.Op op : contract.operations) {
            if (op.safe()) {
                for (Caller caller : callers.stream().filter(c -> !List.of("kl-app", "expired").contains(c.name())).toList()) {
                    exchange(op, caller, variations.valid(op, caller.name()).withVariation("read-back"));
                }
            }
        }
        Contract.Op placements = operation("listPlacements");
        FuzzRequest all = variations.valid(placements, "staff")
                .withQuery("read-back: fuzz placements", "departureFrom=2090-01-01&size=200");
        exchange(placements, staff, all);
        exchange(placements, staff, all.withHeader("read-back: fuzz placements as CSV", "Accept", "text/csv"));
        exchange(placements, staff, all.withHeader("read-back: fuzz placements as a workbook", "Accept",
                ResponseCheck.WORKBOOK));
        Contract.Op events = operation("listPreparationEvents");
        exchange(events, staff, variations.valid(events, "staff")
                .withQuery("read-back: fuzz events", "from=2090-01-01&includeCancelled=true"));
        Contract.Op changes = operation("listChanges");
        String after = null;
        for (int page = 0; page < 200; page++) {
            FuzzRequest request = variations.valid(changes, "kl-app").withQuery("read-back: change feed",
                    "limit=1000" + (after == null ? "" : "&after=" + Hostile.encode(after)));
            HttpResponse<byte[]> response = send(changes, named(callers, "kl-app"), request);
            JsonNode feed = response == null ? null : json(response);
            if (feed == null || !feed.path("hasMore").asBoolean(false) || !feed.path("next").isTextual()) {
                break;
            }
            after = feed.path("next").asText();
        }
    }

    /**
     * The HTTP server's own limits, probed once each rather than per operation (they are checked before any route
     * is chosen, and a body sent after such a refusal races with the closing connection): a request line over the
     * limit (4096 bytes by default) and a header block over the limit (20 KB by default). The contract documents
     * these two as the only answers without a problem body; they must be exactly 414 and 431.
     */
    private void transportLimits(Caller anonymous) {
        transportLimit(new FuzzRequest("transport: request line of 5 KB", "GET", "/api/v1/deadlines",
                "departureDate=2027-08-31&placementType=" + "X".repeat(5_000), Map.of(), null, null), 414, anonymous);
        transportLimit(new FuzzRequest("transport: header of 25 KB", "GET", "/api/v1/placement-types", "",
                Map.of("X-Fuzz", "x".repeat(25_000)), null, null), 431, anonymous);
    }

    private void transportLimit(FuzzRequest request, int expected, Caller caller) {
        requests++;
        HttpResponse<byte[]> response = wire.send(request, caller.token());
        if (response.statusCode() != expected) {
            failures.add(new Failure("transport", caller.name(), request.variation(), response.statusCode(),
                    "expected " + expected, request.describe(), describe(response)));
        }
    }

    private static Caller named(List<Caller> callers, String name) {
        return callers.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private Contract.Op operation(String id) {
        return contract.operations.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return Contract.JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String primary(Contract.Op op, Map<String, Boolean> allowed) {
        List<String> order = new ArrayList<>(List.of("staff", "kl-app", "student", "coordinator"));
        if (op.isPublic()) {
            order.add(0, "anonymous");
        }
        return order.stream().filter(allowed::get).findFirst().orElse("staff");
    }

    /** Sends one request, checks the answer and returns its status (-1 when there was none). */
    private int exchange(Contract.Op op, Caller caller, FuzzRequest request) {
        HttpResponse<byte[]> response = send(op, caller, request);
        return response == null ? -1 : response.statusCode();
    }

    /** Sends one request and checks the answer (null when there was none). */
    private HttpResponse<byte[]> send(Contract.Op op, Caller caller, FuzzRequest original) {
        FuzzRequest request = fixture.perRequest(op, original);
        requests++;
        requestsPerOperation.merge(op.id(), 1, Integer::sum);
        HttpResponse<byte[]> response;
        long sent = System.nanoTime();
        try {
            response = wire.send(request, caller.token());
        } catch (UncheckedIOException e) {
            failures.add(new Failure(op.id(), caller.name(), request.variation(), -1,
                    "no answer: " + e.getCause(), request.describe(), ""));
            trace.add(op.id() + " | " + caller.name() + " | " + request.variation() + " | -1");
            return null;
        }
        long answered = System.nanoTime();
        wireNanos += answered - sent;
        trace.add(op.id() + " | " + caller.name() + " | " + request.variation() + " | " + response.statusCode());
        for (String problem : check.problems(op, Variations.lookupPath(op), request.variation(), response)) {
            failures.add(new Failure(op.id(), caller.name(), request.variation(), response.statusCode(), problem,
                    request.describe(), describe(response)));
        }
        checkNanos += System.nanoTime() - answered;
        if (op.id().equals("createDeadlineRule") && response.statusCode() == 201) {
            removeCreatedRule(response);
        }
        return response;
    }

    /** A rule the fuzzer managed to create goes again at once, so that no window of it stays to overlap others. */
    private void removeCreatedRule(HttpResponse<byte[]> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = java.net.URI.create(location).getRawPath();
        exchange(operation("deleteDeadlineRule"), new Caller("staff", Tokens.staff()),
                new FuzzRequest("cleanup of a created rule", "DELETE", path, "", Map.of(), null, null));
    }

    private static String describe(HttpResponse<byte[]> response) {
        return response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("(no Content-Type)")
                + " " + FuzzRequest.abbreviate(new String(response.body(), StandardCharsets.UTF_8), 700);
    }

    // ------------------------------------------------------------------------------------------ seeding

    private void seed() {
        fixture.ruleFenceBelow = seed("createDeadlineRule", "POST", "/api/v1/deadline-rules", Fixture.rule(2089),
                Tokens.staff(), 201).path("id").asLong();
        fixture.ruleReplaced = seed("createDeadlineRule", "POST", "/api/v1/deadline-rules", Fixture.rule(2090),
                Tokens.staff(), 201).path("id").asLong();
        fixture.ruleFence = seed("createDeadlineRule", "POST", "/api/v1/deadline-rules", Fixture.rule(2091),
                Tokens.staff(), 201).path("id").asLong();
        fixture.ruleDeleted = seed("createDeadlineRule", "POST", "/api/v1/deadline-rules", Fixture.rule(2092),
                Tokens.staff(), 201).path("id").asLong();
        fixture.ownPlacement = seed("registerPlacement", "POST", "/api/v1/placements", fixture.ownPlacementBody(),
                fixture.student.token(), 201).path("id").asLong();
        fixture.patchedPlacement = seed("registerPlacement", "POST", "/api/v1/placements",
                fixture.patchedPlacementBody(), fixture.student.token(), 201).path("id").asLong();
        fixture.statusPlacement = seed("registerPlacement", "POST", "/api/v1/placements",
                fixture.statusPlacementBody(), Tokens.staff(), 201).path("id").asLong();
        fixture.event = seed("createPreparationEvent", "POST", "/api/v1/preparation-events",
                Fixture.event(Fixture.EVENT_DAY), Tokens.staff(), 201).path("id").asLong();
        fixture.eventUpdated = seed("createPreparationEvent", "POST", "/api/v1/preparation-events",
                Fixture.event(Fixture.UPDATED_EVENT_DAY), Tokens.staff(), 201).path("id").asLong();
        fixture.eventCancelled = seed("createPreparationEvent", "POST", "/api/v1/preparation-events",
                Fixture.event("2096-03-14"), Tokens.staff(), 201).path("id").asLong();
        String registrations = "/api/v1/preparation-events/" + fixture.event + "/registrations";
        fixture.ownRegistration = seed("registerForEvent", "POST", registrations, null, fixture.student.token(), 201)
                .path("id").asLong();
        fixture.otherRegistration = seed("registerForEvent", "POST", registrations,
                fixture.staffSignUp(TestStudents.freshNumber()), Tokens.staff(), 201).path("id").asLong();
        fixture.series = seed("createPreparationSeries", "POST", "/api/v1/preparation-series", fixture.series(),
                Tokens.staff(), 201).path("id").asLong();
        seed("upsertKlAppRegistration", "PUT", "/api/v1/integrations/kl-app/registrations/" + Fixture.KL_APP_ID,
                fixture.klAppRegistration(), Tokens.klApp(), 201);
        seed("getDestination", "GET", "/api/v1/destinations/" + Fixture.COUNTRY, null, Tokens.staff(), 200);
        fixture.ownClaim = seed("createUsmleClaim", "POST", "/api/v1/usmle-claims", Fixture.claim("STEP_1"),
                fixture.student.token(), 201).path("id").asLong();
        fixture.statusClaim = seed("createUsmleClaim", "POST", "/api/v1/usmle-claims", Fixture.claim("STEP_2"),
                fixture.student.token(), 201).path("id").asLong();
        seed("createChecklistTemplate", "POST", "/api/v1/checklist-templates", Fixture.template(Fixture.TEMPLATE),
                Tokens.staff(), 201);
        seed("createChecklistTemplate", "POST", "/api/v1/checklist-templates",
                Fixture.template(Fixture.TEMPLATE_DELETED), Tokens.staff(), 201);
        seed("replaceMyEmergencyContacts", "PUT", "/api/v1/me/emergency-contacts", Fixture.emergencyContacts(),
                fixture.student.token(), 200);
        seed("replaceAddressAbroad", "PUT", "/api/v1/placements/" + fixture.ownPlacement + "/address-abroad",
                Fixture.addressAbroad(), fixture.student.token(), 200);
        fixture.progressTest = seed("createProgressTest", "POST", "/api/v1/progress-tests",
                Fixture.progressTest(Fixture.PROGRESS_TEST_DAY), Tokens.staff(), 201).path("id").asLong();
        fixture.requestableTest = seed("createProgressTest", "POST", "/api/v1/progress-tests",
                Fixture.progressTest(Fixture.REQUESTABLE_TEST_DAY), Tokens.staff(), 201).path("id").asLong();
        fixture.replacedTest = seed("createProgressTest", "POST", "/api/v1/progress-tests",
                Fixture.progressTest(Fixture.REPLACED_TEST_DAY), Tokens.staff(), 201).path("id").asLong();
        fixture.deletedTest = seed("createProgressTest", "POST", "/api/v1/progress-tests",
                Fixture.progressTest(Fixture.DELETED_TEST_DAY), Tokens.staff(), 201).path("id").asLong();
        fixture.ownExemption = seed("requestProgressTestExemption", "POST", "/api/v1/placements/"
                        + fixture.ownPlacement + "/progress-test-exemptions",
                "{\"progressTestId\": " + fixture.progressTest + "}", fixture.student.token(), 201).path("id").asLong();
        fixture.host = seed("createHost", "POST", "/api/v1/hosts", fixture.host(), Tokens.staff(), 201)
                .path("id").asLong();
        long gpClerkship = seed("registerPlacement", "POST", "/api/v1/placements", fixture.selfFoundPracticeBody(),
                fixture.student.token(), 201).path("id").asLong();
        fixture.hostApproval = seed("getPlacementHostApproval", "GET", "/api/v1/placements/" + gpClerkship
                + "/host-approval", null, fixture.student.token(), 200).path("id").asLong();
        seedIncidents();
        fixture.message = seedMessage();
        for (JsonNode item : seed("getPlacementChecklist", "GET", "/api/v1/placements/" + fixture.ownPlacement
                + "/checklist", null, fixture.student.token(), 200)) {
            if (item.path("templateCode").asText().equals("FACULTY_FUND")) {
                fixture.ownItem = item.path("id").asLong();
            }
        }
    }

    /**
     * The placement that takes incidents is registered, approved and sent abroad with the clock in 2026, then
     * RETURNED in 2027 (so that it is nobody's "abroad now"), with a needle-stick injury whose follow-up is open.
     */
    private void seedIncidents() {
        clock.fixOn(LocalDate.parse(Fixture.INCIDENT_PLACEMENT_REGISTERED));
        fixture.incidentPlacement = seed("registerPlacement", "POST", "/api/v1/placements",
                fixture.incidentPlacementBody(), Tokens.staff(), 201).path("id").asLong();
        String placement = "/api/v1/placements/" + fixture.incidentPlacement;
        StaffPlacements.approve(placement);
        StaffPlacements.depart(placement);
        january2027();
        seed("changePlacementStatus", "POST", placement + "/status", "{\"status\": \"RETURNED\"}", Tokens.staff(),
                200);
        fixture.ownIncident = seed("reportIncident", "POST", placement + "/incidents",
                Fixture.incident("NEEDLESTICK_INJURY"), fixture.student.token(), 201).path("id").asLong();
    }

    /** Messages are queued by changes, not through the API: one about the student's own placement. */
    private long seedMessage() {
        String key = "fuzz-message:" + fixture.student.number();
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            outbox.toStudent(MessageKind.REGISTRATION_RECEIVED, fixture.student.number(),
                    MessageRefs.placement(fixture.ownPlacement), Map.of("placementType", "Research internship",
                            "destination", "Kumasi, Ghana", "departureDate", "2096-08-02"), key);
            return OutboxMessageEntity.<OutboxMessageEntity>find("dedupKey", key).singleResult().id;
        });
    }

    private JsonNode seed(String operation, String method, String path, String body, String token, int expected) {
        Contract.Op op = operation(operation);
        FuzzRequest request = new FuzzRequest("seed", method, path, "", Map.of(),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), body == null ? null : "application/json");
        requests++;
        requestsPerOperation.merge(op.id(), 1, Integer::sum);
        HttpResponse<byte[]> response = wire.send(request, token);
        for (String problem : check.problems(op, Variations.lookupPath(op), "seed", response)) {
            failures.add(new Failure(op.id(), "seed", "seed", response.statusCode(), problem, request.describe(),
                    describe(response)));
        }
        if (response.statusCode() != expected) {
            fail("Seeding failed: " + request.describe() + "\n  answered " + describe(response));
        }
        try {
            return Contract.JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ report

    private Map<String, List<Failure>> groups() {
        return failures.stream().collect(Collectors.groupingBy(
                f -> f.operation() + " | " + f.status() + " | "
                        + FuzzRequest.abbreviate(f.problem().replaceAll(" \\(at [^)]*\\)$", ""), 150),
                TreeMap::new, Collectors.toList()));
    }

    private void report(double seconds) {
        StringBuilder out = new StringBuilder("\n========== Contract fuzz (seed ").append(SEED).append(") ==========\n");
        out.append(String.format("%d requests in %.1f s over %d operations (%.1f s waiting for answers, %.1f s checking them)%n",
                requests, seconds, requestsPerOperation.size(), wireNanos / 1e9, checkNanos / 1e9));
        out.append("\nRequests per operation, and the status of the valid request per caller:\n");
        requestsPerOperation.forEach((op, n) -> out.append(String.format("  %-28s %5d   %s%n", op, n,
                validStatuses.getOrDefault(op, Map.of()).entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")))));
        out.append("\nAnswers to '..' or encoded-slash paths (normalised by the server to another route) checked for ")
                .append("problem+json and 5xx but not compared with the operation: ").append(check.reroutedNotCompared)
                .append('\n');
        if (!check.extensionMembers.isEmpty()) {
            out.append("\nExtension members on problems that the Problem schema does not list (allowed, not failures):\n");
            check.extensionMembers.forEach(m -> out.append("  ").append(FuzzRequest.abbreviate(m, 200)).append('\n'));
        }
        out.append("\nFailures: ").append(failures.size()).append(" (").append(groups().size())
                .append(" distinct problems)\n");
        if (!failures.isEmpty()) {
            out.append(String.format("  %-26s %-11s %-52s %-6s %s%n", "operation", "caller", "variation", "status",
                    "problem"));
            int shown = 0;
            for (Failure f : failures) {
                if (shown++ == 600) {
                    out.append("  ... ").append(failures.size() - 600).append(" more\n");
                    break;
                }
                out.append(String.format("  %-26s %-11s %-52s %-6d %s%n", f.operation(), f.caller(),
                        FuzzRequest.abbreviate(f.variation(), 52), f.status(), FuzzRequest.abbreviate(f.problem(), 220)));
            }
            out.append("\nOne reproduction per distinct problem (operation | status | problem  x count):\n");
            groups().forEach((key, list) -> {
                Failure f = list.get(0);
                out.append("\n* ").append(key).append("  x").append(list.size()).append('\n')
                        .append("  callers: ").append(list.stream().map(Failure::caller).distinct()
                                .collect(Collectors.joining(", "))).append('\n')
                        .append("  variations: ").append(FuzzRequest.abbreviate(list.stream().map(Failure::variation)
                                .distinct().collect(Collectors.joining("; ")), 400)).append('\n')
                        .append("  request (").append(f.caller()).append("): ").append(f.request()).append('\n')
                        .append("  response: ").append(f.response()).append('\n');
            });
        }
        System.out.println(out);
    }
}
