package nl.bis.placements.testing;

import io.restassured.response.Response;

/** The body of a deadline rule as staff create or replace it, described "Test rule" unless a test says otherwise. */
public final class DeadlineRuleRequest extends JsonBody {

    public static final String PATH = "/api/v1/deadline-rules";

    private DeadlineRuleRequest() {
    }

    /** A rule valid from a day on, open-ended until {@link #validUntil} closes it. */
    public static DeadlineRuleRequest rule(String placementType, String kind, String leadTime, String validFrom) {
        DeadlineRuleRequest rule = new DeadlineRuleRequest();
        rule.set("placementType", placementType);
        rule.set("kind", kind);
        rule.set("leadTime", leadTime);
        rule.set("validFrom", validFrom);
        return rule.description("Test rule");
    }

    /** Staff create a rule. */
    public static Response create(DeadlineRuleRequest body) {
        return create(body.json());
    }

    /** Staff create a rule written out by the test. */
    public static Response create(String body) {
        return post(Tokens.staff(), PATH, body);
    }

    /** The last day of the rule, or {@code null} for none. */
    public DeadlineRuleRequest validUntil(String validUntil) {
        set("validUntil", validUntil);
        return this;
    }

    public DeadlineRuleRequest description(String description) {
        set("description", description);
        return this;
    }
}
