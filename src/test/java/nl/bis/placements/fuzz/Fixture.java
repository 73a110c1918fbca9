package nl.bis.placements.fuzz;

import static nl.bis.placements.testing.PlacementRequest.fromKlApp;
import static nl.bis.placements.testing.PlacementRequest.placement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import nl.bis.placements.testing.ChecklistTemplateRequest;
import nl.bis.placements.testing.DeadlineRuleRequest;
import nl.bis.placements.testing.EmergencyContacts;
import nl.bis.placements.testing.EventRequest;
import nl.bis.placements.testing.PlacementRequest;
import nl.bis.placements.testing.StudentDetails;
import nl.bis.placements.testing.TestStudents;

/**
 * The data the fuzzer works on, seeded through the API before fuzzing, and the plausible valid request of each
 * operation: the contract's example for the caller (an example named after the caller's role when there is one),
 * adjusted to the seeded data.
 *
 * <p>Everything the fuzzer writes lies far away from the data of the other tests, which share the database: deadline
 * rules only for clinical clerkships in 2089-2092 (closed windows; the replaced rule of 2090 is fenced in by those of
 * 2089 and 2091, so that no mutation of its dates can widen it), rules created while fuzzing in 2093 and deleted again
 * at once; placements, events and series in
 * 2095-2098, of fresh student numbers; KL-app ids starting with {@code FUZZ-}; travel advice only for Bhutan
 * ({@code BT}), which no other test uses; and checklist templates only in a set of its own, {@value #TEMPLATE_SET},
 * always sent disabled (a template applies to every placement under way, the other tests' too), with the state
 * changes and documents going to an item of its own placement; progress tests only in 2093, 2094 and 2096 (those of
 * 2096 fall during the fuzzer's own placements, the others during none), with the exemptions asked for its own
 * placement. Incidents need a placement the student has left for, dated before "today": the fuzzer's student has one
 * in Iceland ({@value #INCIDENT_COUNTRY}, which no other test uses) in the autumn of 2026, registered and sent abroad
 * with the clock moved back, and RETURNED before fuzzing. The student keeps emergency contacts of their own, and
 * has given the address abroad of their own placement. A message about their own placement is queued for them (their
 * token names no e-mail address, so it is FAILED at once and sending it again is refused). Their data is
 * exported, and its erasure asked for: their placements still open block it ({@code 409 erasure-blocked}), so the
 * fuzzer never erases the student it works on.
 */
final class Fixture {

    static final String COUNTRY = "BT";
    static final String KL_APP_ID = "FUZZ-KL-0001";
    /** KL-app's own timestamp: before the fixed "today" of 2027-01-10. */
    static final String REGISTERED_AT = "2027-01-05T11:24:05+01:00";
    static final String EVENT_DAY = "2096-03-07";
    static final String UPDATED_EVENT_DAY = "2096-03-21";
    static final String TEMPLATE_SET = "FUZZ_SET";
    static final String TEMPLATE = "FUZZ_TEMPLATE";
    static final String TEMPLATE_DELETED = "FUZZ_TEMPLATE_DELETED";
    static final String TEMPLATE_CREATED = "FUZZ_TEMPLATE_CREATED";
    /** During the fuzzer's own placement; its exemption is seeded. */
    static final String PROGRESS_TEST_DAY = "2096-09-15";
    /** Also during the fuzzer's own placement; the fuzzer's own request for an exemption names it. */
    static final String REQUESTABLE_TEST_DAY = "2096-10-20";
    static final String REPLACED_TEST_DAY = "2094-06-01";
    static final String DELETED_TEST_DAY = "2094-05-01";
    static final String CREATED_TEST_DAY = "2093-04-01";
    static final String INCIDENT_COUNTRY = "IS";
    /** Registered on this day, six months and a week before its departure (on time). */
    static final String INCIDENT_PLACEMENT_REGISTERED = "2026-03-01";
    static final String INCIDENT_DAY = "2026-10-01";

    final TestStudents.Student student = TestStudents.fresh();
    final String staffRegisteredStudent = TestStudents.freshNumber();
    final String klAppStudent = TestStudents.freshNumber();
    final String signedUpByStaff = TestStudents.freshNumber();
    final String batchStudentBase = TestStudents.freshNumber();
    final LocalDate seriesStart = LocalDate.of(2096, 9, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));

    long ruleReplaced;
    long ruleFenceBelow;
    long ruleFence;
    long ruleDeleted;
    long ownPlacement;
    long patchedPlacement;
    long statusPlacement;
    long event;
    long eventUpdated;
    long eventCancelled;
    long ownRegistration;
    long otherRegistration;
    long series;
    long ownClaim;
    long statusClaim;
    long ownItem;
    long progressTest;
    long requestableTest;
    long replacedTest;
    long deletedTest;
    long ownExemption;
    long host;
    long hostApproval;
    long incidentPlacement;
    long ownIncident;
    long message;

    // ------------------------------------------------------------------------------------------ seed bodies

    /**
     * A clinical clerkship registration rule for one year. Clinical clerkships have no registration rule of their own,
     * and no other test gives them an open-ended one (the other tests' windows are closed, in other years).
     */
    static String rule(int year) {
        return DeadlineRuleRequest.rule("CLINICAL_CLERKSHIP", "REGISTRATION", "P2M", year + "-01-01")
                .validUntil(year + "-12-31").description("Fuzz rule " + year).json();
    }

    String ownPlacementBody() {
        return ownPlacement("2096-08-02", "2096-11-22").json();
    }

    /** The placement the merge patches go to, so that they leave the others as seeded. */
    String patchedPlacementBody() {
        return ownPlacement("2095-01-05", "2095-05-04").json();
    }

    private static PlacementRequest ownPlacement(String departure, String returnDate) {
        return placement("RESEARCH_INTERNSHIP", "GH", departure, returnDate).at("Kumasi", "KNUST")
                .discipline("Infectious diseases").birthDate("2001-04-12");
    }

    String statusPlacementBody() {
        return placement("SENIOR_CLERKSHIP", "ZA", "2097-06-07", "2097-07-30").at("Cape Town", "Groote Schuur Hospital")
                .discipline(null)
                .student(new StudentDetails(student.number(), "Fuzz Student",
                        "fuzz" + student.number() + "@student.example.org"))
                .json();
    }

    /** The fuzzer's student's emergency contacts, so that staff read a student who has some. */
    static String emergencyContacts() {
        return EmergencyContacts.ENOUGH;
    }

    /** The address abroad of the fuzzer's student's own placement. */
    static String addressAbroad() {
        return """
                {"addressLine1": "Guest house of the KNUST Teaching Hospital, room 14", "city": "Kumasi"}""";
    }

    /** The placement of the fuzzer's student that takes incidents, in the autumn of 2026. */
    String incidentPlacementBody() {
        return placement("SENIOR_CLERKSHIP", INCIDENT_COUNTRY, "2026-09-07", "2026-11-02")
                .at("Reykjavik", "Landspitali University Hospital").discipline(null)
                .student(new StudentDetails(student.number(), "Fuzz Student",
                        "fuzz" + student.number() + "@student.example.org"))
                .json();
    }

    static String incident(String kind) {
        return """
                {"kind": "%s", "occurredOn": "%s", "location": "Emergency department",
                 "description": "Fuzz incident"}""".formatted(kind, INCIDENT_DAY);
    }

    /** A disabled, advisory checklist template of the fuzzer's own set. */
    static String template(String code) {
        return ChecklistTemplateRequest.template(code, TEMPLATE_SET).enabled(false).json();
    }

    static String event(String day) {
        return EventRequest.meeting(day).title("Fuzz preparation evening").location("Medical Faculty, F-120")
                .capacity(50).registrationClosesAt(day + "T12:00").json();
    }

    String staffSignUp(String number) {
        return new StudentDetails(number, "Fuzz Signup", "signup" + number + "@student.example.org").json();
    }

    String series() {
        return """
                {"title": "Fuzz tropical course", "firstSession": "%s", "location": "Lecture hall 2", "capacity": 40}"""
                .formatted(seriesStart);
    }

    String klAppRegistration() {
        return fromKlApp(klAppStudent, "2096-09-06", "2097-02-21", REGISTERED_AT)
                .student(new StudentDetails(klAppStudent, "Fuzz Klapp", "kl" + klAppStudent + "@student.example.org"))
                .at("Kumasi", "Komfo Anokye Teaching Hospital").discipline("Global health").json();
    }

    /** A USMLE cost claim of the fuzzer's student, for a passed exam of a step. */
    static String claim(String step) {
        return """
                {"step": "%s", "examDate": "2026-11-12", "passed": true,
                 "lineItems": [{"kind": "EXAM_FEE", "amount": 101500, "currency": "USD"}]}""".formatted(step);
    }

    static String progressTest(String day) {
        return "{\"testDate\": \"" + day + "\", \"name\": \"Fuzz VGT " + day + "\"}";
    }

    /** A GP clerkship of the fuzzer's student at a practice of their own finding, which needs approval. */
    String selfFoundPracticeBody() {
        return placement("GP_CLERKSHIP", "SR", "2098-01-05", "2098-03-02")
                .at("Lelydorp", "Fuzz practice " + student.number()).discipline(null).json();
    }

    /** A host of the register, of the fuzzer's own. */
    String host() {
        return """
                {"name": "Fuzz host %s", "countryCode": "CO", "placementTypes": ["ELECTIVE_CLERKSHIP"]}"""
                .formatted(student.number());
    }

    // ------------------------------------------------------------------------------------------ per request

    /**
     * Gives each request that registers someone its own fresh student, so that every variation that passes validation
     * reaches the database instead of stopping at an overlap or an existing sign-up. The body is rewritten byte for
     * byte (ISO-8859-1 maps bytes one to one), so malformed bodies stay exactly as they were.
     */
    FuzzRequest perRequest(Contract.Op op, FuzzRequest request) {
        String marker = switch (op.id()) {
            case "registerPlacement" -> staffRegisteredStudent;
            case "registerForEvent", "registerForSeries" -> signedUpByStaff;
            default -> null;
        };
        if (marker == null || request.body() == null) {
            return request;
        }
        String raw = new String(request.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!raw.contains(marker)) {
            return request;
        }
        byte[] body = raw.replace(marker, TestStudents.freshNumber()).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return request.withBody(request.variation(), body, request.contentType());
    }

    // ------------------------------------------------------------------------------------------ existing ids

    /** The value of a path parameter that names seeded data the operation may work on. */
    String existing(Contract.Op op, Contract.Param param) {
        return switch (param.name()) {
            case "id" -> String.valueOf(op.method().equals("DELETE") ? ruleDeleted : ruleReplaced);
            case "placementId" -> String.valueOf(switch (op.id()) {
                case "changePlacementStatus" -> statusPlacement;
                case "updatePlacement" -> patchedPlacement;
                case "reportIncident", "listPlacementIncidents", "getPlacementIncidentCount" -> incidentPlacement;
                default -> ownPlacement;
            });
            case "eventId" -> String.valueOf(switch (op.id()) {
                case "cancelPreparationEvent" -> eventCancelled;
                case "updatePreparationEvent" -> eventUpdated;
                default -> event;
            });
            case "registrationId" -> String.valueOf(op.id().equals("recordAttendance") ? ownRegistration : otherRegistration);
            case "seriesId" -> String.valueOf(series);
            case "claimId" -> String.valueOf(op.id().equals("changeUsmleClaimStatus") ? statusClaim : ownClaim);
            // Erasure too: the student's open placements block it, so nothing of theirs is erased.
            case "studentNumber" -> student.number();
            case "klAppId" -> KL_APP_ID;
            case "countryCode" -> COUNTRY;
            case "templateCode" -> op.method().equals("DELETE") ? TEMPLATE_DELETED : TEMPLATE;
            case "templateSet" -> TEMPLATE_SET;
            case "itemId" -> String.valueOf(ownItem);
            case "progressTestId" -> String.valueOf(switch (op.method()) {
                case "PUT" -> replacedTest;
                case "DELETE" -> deletedTest;
                default -> progressTest;
            });
            case "exemptionId" -> String.valueOf(ownExemption);
            case "hostId" -> String.valueOf(host);
            case "hostApprovalId" -> String.valueOf(hostApproval);
            case "incidentId" -> String.valueOf(ownIncident);
            case "messageId" -> String.valueOf(message);
            case "requirement" -> op.id().equals("waiveRequirement") ? "PREPARATION_MEETING"
                    : param.example() != null ? param.example().asText() : "MRSA_SCREENING";
            default -> param.example() != null ? param.example().asText() : "1";
        };
    }

    /** A value of a path parameter for finding the operation in the contract (any well-formed value). */
    static String lookupValue(Contract.Param param) {
        if (param.example() != null) {
            return Hostile.encode(param.example().asText());
        }
        return "1";
    }

    // ------------------------------------------------------------------------------------------ valid bodies

    /** The plausible valid body of an operation for a caller, or null for none. */
    JsonNode validBody(Contract.Op op, String caller) {
        Contract.Body body = op.body();
        if (body == null || body.examples().isEmpty()) {
            return null;
        }
        JsonNode example = body.examples().values().iterator().next();
        for (Map.Entry<String, JsonNode> e : body.examples().entrySet()) {
            if (e.getKey().toLowerCase(java.util.Locale.ROOT).contains(caller)) {
                example = e.getValue();
                break;
            }
        }
        JsonNode copy = example.deepCopy();
        if (copy instanceof ObjectNode o) {
            adjust(op.id(), caller, o);
        }
        return copy;
    }

    private void adjust(String operation, String caller, ObjectNode body) {
        switch (operation) {
            case "createDeadlineRule" -> {
                // A free year: a rule created here is deleted again at once (see ContractFuzzTest).
                body.put("placementType", "CLINICAL_CLERKSHIP").put("kind", "REGISTRATION").put("leadTime", "P2M")
                        .put("validFrom", "2093-01-01").put("validUntil", "2093-12-31");
            }
            case "replaceDeadlineRule" -> {
                // The window of the replaced rule itself; the rules of 2089 and 2091 fence it in.
                body.put("placementType", "CLINICAL_CLERKSHIP").put("kind", "REGISTRATION").put("leadTime", "P2M")
                        .put("validFrom", "2090-01-01").put("validUntil", "2090-12-31");
            }
            case "registerPlacement" -> {
                body.put("departureDate", "2098-08-02").put("returnDate", "2098-11-22");
                body.remove("lateReason");
                if (body.has("studentNumber")) {
                    body.put("studentNumber", staffRegisteredStudent).put("studentName", "Fuzz Staffregistered")
                            .put("studentEmail", "staffreg" + staffRegisteredStudent + "@student.example.org");
                }
            }
            case "createChecklistTemplate", "replaceChecklistTemplate" -> {
                // Never a template that applies: it would reach every placement under way, the other tests' too.
                if (body.has("code")) {
                    body.put("code", TEMPLATE_CREATED);
                }
                body.put("templateSet", TEMPLATE_SET).put("enabled", false).put("blocking", "ADVISORY");
            }
            case "reportIncident" -> body.put("occurredOn", INCIDENT_DAY);
            case "recordIncidentFollowUp" -> body.put("handledOn", "2026-12-01");
            case "updatePlacement" -> {
                if (body.has("returnDate")) {
                    body.put("returnDate", "2095-05-11");
                }
            }
            case "createProgressTest" -> body.put("testDate", CREATED_TEST_DAY);
            case "replaceProgressTest" -> body.put("testDate", REPLACED_TEST_DAY);
            case "requestProgressTestExemption" -> body.put("progressTestId", requestableTest);
            case "createPreparationEvent" -> times(body, "2096-04-04");
            case "updatePreparationEvent" -> {
                times(body, UPDATED_EVENT_DAY);
                body.put("kind", "PREPARATION_MEETING");
            }
            case "createPreparationSeries" -> {
                body.put("firstSession", seriesStart.toString());
                if (body.has("registrationClosesAt")) {
                    body.put("registrationClosesAt", seriesStart.minusDays(3) + "T12:00");
                }
            }
            case "registerForEvent", "registerForSeries" -> {
                if (body.has("studentNumber")) {
                    body.put("studentNumber", signedUpByStaff)
                            .put("studentEmail", "signup" + signedUpByStaff + "@student.example.org");
                }
            }
            case "upsertKlAppRegistration" -> klApp(body, klAppStudent);
            case "upsertKlAppRegistrations" -> {
                int i = 0;
                for (JsonNode item : (ArrayNode) body.path("items")) {
                    i++;
                    klApp((ObjectNode) item, batchStudentBase + "0" + i);
                    ((ObjectNode) item).put("klAppId", "FUZZ-KL-B" + i);
                }
            }
            default -> {
            }
        }
    }

    private static void times(ObjectNode body, String day) {
        body.put("start", day + "T19:00").put("end", day + "T21:00");
        if (body.has("registrationClosesAt")) {
            body.put("registrationClosesAt", day + "T12:00");
        }
    }

    private static void klApp(ObjectNode body, String studentNumber) {
        body.put("studentNumber", studentNumber).put("studentEmail", "kl" + studentNumber + "@student.example.org")
                .put("departureDate", "2096-09-06").put("returnDate", "2097-02-21").put("registeredAt", REGISTERED_AT);
    }
}
