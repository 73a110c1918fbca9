package nl.bis.placements.testing;

import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The body of a checklist template as staff create or replace it: an enabled, advisory template of a set of the
 * test's own, due 14 days before departure, without evidence, for every placement; a test sets only what matters
 * to it. Codes and sets made up by {@link #freshCode} never meet another test's.
 */
public final class ChecklistTemplateRequest extends JsonBody {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private ChecklistTemplateRequest() {
    }

    /** A code (for a template or a set) no other test uses, starting with the prefix. */
    public static String freshCode(String prefix) {
        return prefix + "_" + NEXT.getAndIncrement();
    }

    /** A new template of a code in a set (the fields of a replacement are the same, without the code). */
    public static ChecklistTemplateRequest template(String code, String templateSet) {
        ChecklistTemplateRequest body = new ChecklistTemplateRequest();
        body.set("code", code);
        return body.templateSet(templateSet).title("Test item " + code).description("Something to arrange")
                .enabled(true).due("BEFORE_DEPARTURE", 14).evidenceRequired(false).blocking("ADVISORY");
    }

    /** The same fields without the code, as a replacement sends them. */
    public ChecklistTemplateRequest withoutCode() {
        set("code", null);
        return this;
    }

    /** Staff create the template; the answer is checked by the test. */
    public Response create() {
        return post(Tokens.staff(), Checklists.TEMPLATES, json());
    }

    public ChecklistTemplateRequest templateSet(String templateSet) {
        set("templateSet", templateSet);
        return this;
    }

    public ChecklistTemplateRequest title(String title) {
        set("title", title);
        return this;
    }

    public ChecklistTemplateRequest description(String description) {
        set("description", description);
        return this;
    }

    public ChecklistTemplateRequest enabled(boolean enabled) {
        set("enabled", enabled);
        return this;
    }

    public ChecklistTemplateRequest placementTypes(String... types) {
        set("placementTypes", List.of(types));
        return this;
    }

    public ChecklistTemplateRequest destinationGroups(String... groups) {
        set("destinationGroups", List.of(groups));
        return this;
    }

    public ChecklistTemplateRequest minorsOnly(boolean minorsOnly) {
        set("minorsOnly", minorsOnly);
        return this;
    }

    /** Due so many days before departure ({@code BEFORE_DEPARTURE}) or after return ({@code AFTER_RETURN}). */
    public ChecklistTemplateRequest due(String anchor, int offsetDays) {
        set("dueAnchor", anchor);
        set("offsetDays", offsetDays);
        return this;
    }

    public ChecklistTemplateRequest evidenceRequired(boolean evidenceRequired) {
        set("evidenceRequired", evidenceRequired);
        return this;
    }

    public ChecklistTemplateRequest blocking(String blocking) {
        set("blocking", blocking);
        return this;
    }
}
