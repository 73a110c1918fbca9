package nl.bis.placements.common;

import java.util.OptionalInt;

/**
 * The catalogue of problem types, the contract's table of them in code. Every problem the service answers is built
 * from one of these, so a type's slug, title and status cannot vary from call site to call site.
 */
public enum ProblemType {

    VALIDATION("validation", "Invalid request", 400),
    MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
    UNAUTHORIZED("unauthorized", "Unauthorized", 401),
    FORBIDDEN("forbidden", "Forbidden", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    CONFLICT("conflict", "Conflict", 409),
    RULE_OVERLAP("rule-overlap", "Validity windows overlap", 409),
    RULE_IN_USE("rule-in-use", "Rule in use", 409),
    RULE_RETIRED("rule-retired", "Rule retired", 409),
    OVERLAPPING_PLACEMENT("overlapping-placement", "Overlapping placement", 409),
    NOT_EDITABLE("not-editable", "Placement not editable", 409),
    ILLEGAL_TRANSITION("illegal-transition", "Illegal status change", 409),
    APPROVED_CHANGE_REFUSED("approved-change-refused", "Change refused after approval", 409),
    ALREADY_REGISTERED("already-registered", "Already registered", 409),
    CAPACITY_BELOW_CONFIRMED("capacity-below-confirmed", "Capacity below confirmed seats", 409),
    NOT_CANCELLABLE("not-cancellable", "Registration not cancellable", 409),
    NOT_ATTENDABLE("not-attendable", "Attendance cannot be recorded", 409),
    NOT_WAIVABLE("not-waivable", "Requirement cannot be waived", 409),
    NOT_RECORDABLE("not-recordable", "Requirement cannot be recorded", 409),
    ADDRESS_NOT_EDITABLE("address-not-editable", "Address abroad not editable", 409),
    REGISTRATION_CLOSED("registration-closed", "Registration closed", 422),
    DURATION_NOT_ALLOWED("duration-not-allowed", "Duration not allowed", 422),
    PARENTAL_CONSENT_REQUIRED("parental-consent-required", "Parental consent required", 422),
    EVENT_CLOSED("event-closed", "Registration closed", 422),
    EVENT_CANCELLED("event-cancelled", "Event cancelled", 422),
    STEP_NOT_CLAIMABLE("step-not-claimable", "USMLE step not claimable", 422),
    EXAM_NOT_PASSED("exam-not-passed", "Exam not passed", 422),
    EXAM_DATE_NOT_CLAIMABLE("exam-date-not-claimable", "Exam date not claimable", 422),
    COST_NOT_CLAIMABLE("cost-not-claimable", "Cost not claimable", 422),
    CLAIM_INCOMPLETE("claim-incomplete", "Claim incomplete", 422),
    CLAIM_EXISTS("claim-exists", "Claim already exists", 409),
    CLAIM_NOT_EDITABLE("claim-not-editable", "Claim not editable", 409),
    PROGRESS_TEST_DATE_TAKEN("progress-test-date-taken", "Progress test date taken", 409),
    PROGRESS_TEST_IN_USE("progress-test-in-use", "Progress test in use", 409),
    NO_PROGRESS_TEST_CONFLICT("no-progress-test-conflict", "No progress test conflict", 422),
    EXEMPTION_EXISTS("exemption-exists", "Exemption already requested", 409),
    EXEMPTION_DECIDED("exemption-decided", "Exemption already decided", 409),
    NOT_READY("not-ready", "Not ready", 422),
    EVIDENCE_MISSING("evidence-missing", "Evidence missing", 422),
    ILLEGAL_ITEM_TRANSITION("illegal-item-transition", "Illegal checklist item change", 409),
    TEMPLATE_CODE_TAKEN("template-code-taken", "Template code taken", 409),
    TEMPLATE_IN_USE("template-in-use", "Template in use", 409),
    HOST_NOT_APPROVED("host-not-approved", "Host not approved", 422),
    HOST_APPROVAL_CLOSED("host-approval-closed", "Host approval not pending", 409),
    HOST_EXISTS("host-exists", "Host already registered", 409),
    MESSAGE_NOT_FAILED("message-not-failed", "Message not failed", 409),
    MESSAGE_UNDELIVERABLE("message-undeliverable", "Message undeliverable", 409),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
    PRECONDITION_REQUIRED("precondition-required", "Precondition required", 428),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
    DOCUMENT_TYPE_REFUSED("document-type-refused", "Document type not accepted", 415),
    DOCUMENT_INVALID("document-invalid", "Document empty or incomplete", 400),
    DOCUMENT_KEPT("document-kept", "Document kept", 409),
    TOO_MANY_DOCUMENTS("too-many-documents", "Too many documents", 409),
    INCIDENT_NOT_REPORTABLE("incident-not-reportable", "Incident not reportable", 409),
    INCIDENT_DATE_OUTSIDE_PLACEMENT("incident-date-outside-placement", "Incident date outside placement", 422),
    FOLLOW_UP_RECORDED("follow-up-recorded", "Follow-up already recorded", 409),
    NO_FOLLOW_UP("no-follow-up", "No follow-up", 409),
    ERASURE_BLOCKED("erasure-blocked", "Erasure blocked", 409),
    REQUEST_TIMEOUT("request-timeout", "Request timeout", 408),
    /** Any other refusal by the HTTP layer, with the status that layer chose. */
    CLIENT_ERROR("client-error", "Request refused"),
    INTERNAL("internal", "Internal error", 500),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503);

    private static final String BASE = "https://placements.example/problems/";

    private final String slug;
    private final String title;
    private final OptionalInt status;

    ProblemType(String slug, String title, int status) {
        this(slug, title, OptionalInt.of(status));
    }

    ProblemType(String slug, String title) {
        this(slug, title, OptionalInt.empty());
    }

    ProblemType(String slug, String title, OptionalInt status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    /** Empty for the one type whose status varies ({@link #CLIENT_ERROR}). */
    public OptionalInt status() {
        return status;
    }

    /** A problem of this type, with its fixed status. */
    public Problem problem(String detail) {
        if (status.isEmpty()) {
            throw new IllegalStateException(slug + " has no fixed status; name the status");
        }
        return new Problem(this, status.getAsInt(), detail);
    }

    /** A problem of a type whose status varies, with the status of this refusal. */
    public Problem problem(int status, String detail) {
        if (this.status.isPresent() && this.status.getAsInt() != status) {
            throw new IllegalArgumentException(slug + " is always answered with " + this.status.getAsInt());
        }
        return new Problem(this, status, detail);
    }
}
