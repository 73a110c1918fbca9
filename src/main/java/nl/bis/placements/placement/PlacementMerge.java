package nl.bis.placements.placement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Problem.Violation;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.common.UnreadableJsonException;
import nl.bis.placements.placement.PlacementHistoryEntity.FieldChange;

/** Between a placement and its editable draft: merge patches, field-by-field differences, copying back. */
@ApplicationScoped
public class PlacementMerge {

    static final Set<String> EDITABLE = Set.of("placementType", "destination", "departureDate", "returnDate",
            "discipline", "extraCurricular", "notes", "birthDate", "parentalConsent");
    static final Set<String> STAFF_EDITABLE = Set.of("studentName", "studentEmail", "lateReason");
    static final Set<String> DESTINATION = Set.of("countryCode", "city", "hostInstitution");
    /** Members of a draft that are not the placement's own fields (kept on the student, or judged). */
    private static final Set<String> NOT_DIFFED = Set.of("studentNumber", "lateReason");

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public PlacementDraft draftOf(PlacementEntity p) {
        return new PlacementDraft(p.placementType,
                new PlacementDraft.Destination(p.countryCode, p.city, p.hostInstitution),
                p.departureDate, p.returnDate, p.discipline, p.extraCurricular, p.notes, p.student.birthDate,
                p.parentalConsent, p.student.studentNumber, p.student.name, p.student.email, p.lateReason);
    }

    public PlacementDraft withBirthDate(PlacementDraft d, java.time.LocalDate birthDate) {
        return new PlacementDraft(d.placementType(), d.destination(), d.departureDate(), d.returnDate(),
                d.discipline(), d.extraCurricular(), d.notes(), birthDate, d.parentalConsent(), d.studentNumber(),
                d.studentName(), d.studentEmail(), d.lateReason());
    }

    /** Copies the placement's own fields (not the student's, not the deadline judgement) from a draft. */
    public void copy(PlacementDraft d, PlacementEntity p) {
        p.placementType = d.placementType();
        p.countryCode = d.destination().countryCode();
        p.city = d.destination().city().strip();
        p.hostInstitution = d.destination().hostInstitution().strip();
        p.departureDate = d.departureDate();
        p.returnDate = d.returnDate();
        p.discipline = d.discipline();
        p.extraCurricular = d.extraCurricular();
        p.notes = d.notes();
        p.parentalConsent = d.parentalConsent();
    }

    /**
     * Applies an RFC 7396 merge patch to a draft. Members outside the editable set are refused by name, never
     * ignored; the result is validated like a registration body.
     */
    public PlacementDraft apply(PlacementDraft before, Map<String, Object> patch, boolean staff) {
        List<Violation> refused = new ArrayList<>();
        patch.forEach((member, value) -> {
            if (STAFF_EDITABLE.contains(member) && !staff) {
                refused.add(new Violation(member, "only staff may change it"));
            } else if (!EDITABLE.contains(member) && !STAFF_EDITABLE.contains(member)) {
                refused.add(new Violation(member, "is read-only"
                        + (member.equals("status") ? "; change the status with POST .../status" : "")));
            } else if (member.equals("destination") && value instanceof Map<?, ?> destination) {
                destination.keySet().stream().filter(key -> !DESTINATION.contains(String.valueOf(key)))
                        .forEach(key -> refused.add(new Violation("destination." + key, "is not a member of destination")));
            }
        });
        if (!refused.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION.problem(
                    "The patch has members that cannot be changed; see violations.").withViolations(refused));
        }
        JsonValue merged = Json.createMergePatch(Json.createObjectBuilder(patch).build()).apply(toJsonP(before));
        PlacementDraft after;
        try {
            after = json.readValue(merged.toString(), PlacementDraft.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableJsonException(e);
        }
        Set<ConstraintViolation<PlacementDraft>> violations = validator.validate(after);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return after;
    }

    /** The members whose value differs, with their JSON text before and after ({@code destination.city}, ...). */
    public List<FieldChange> diff(PlacementDraft before, PlacementDraft after) {
        Map<String, String> old = flatten(json.valueToTree(before));
        Map<String, String> now = flatten(json.valueToTree(after));
        List<FieldChange> changes = new ArrayList<>();
        for (String field : union(old, now)) {
            String from = old.get(field);
            String to = now.get(field);
            if (!NOT_DIFFED.contains(field) && !java.util.Objects.equals(from, to)) {
                changes.add(new FieldChange(field, from, to));
            }
        }
        return changes;
    }

    private JsonObject toJsonP(PlacementDraft draft) {
        try {
            return Json.createReader(new StringReader(json.writeValueAsString(draft))).readObject();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new java.util.TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> flat = new TreeMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat);
            }
        } else if (!node.isNull()) {
            flat.put(prefix, node.asText());
        }
    }
}

