package nl.bis.placements.deadline;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import nl.bis.placements.api.DeadlinesApi;
import nl.bis.placements.api.model.PlacementTypeCode;

public class DeadlineResource implements DeadlinesApi {

    /** Short enough that a rule change reaches every browser within minutes; revalidation is cheap (ETag). */
    private static final int MAX_AGE_SECONDS = 300;

    @Inject
    RulesInForce rulesInForce;

    @Inject
    DeadlineAnswers answers;

    @Inject
    Clock clock;

    /**
     * Answered on the I/O thread: the snapshot of the rules in force and the clock are all it reads. The tag comes
     * from the snapshot's version and the question, so a matching {@code If-None-Match} costs no calculation, and a
     * question asked before on the same snapshot and day is answered with the JSON written then.
     */
    @Override
    @PermitAll
    @NonBlocking
    public Response calculateDeadlines(LocalDate departureDate, PlacementTypeCode placementType, String ifNoneMatch) {
        String type = placementType == null ? null : placementType.toString();
        LocalDate today = LocalDate.now(clock);
        RuleSnapshot rules = rulesInForce.snapshot();
        EntityTag etag = new EntityTag(rules.tag(type, departureDate, today));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        cache.setPrivate(false);
        if (ifNoneMatch != null && matchesAny(ifNoneMatch, etag)) {
            return Response.notModified(etag).cacheControl(cache).build();
        }
        return Response.ok(answers.answer(rules, etag.getValue(), type, departureDate, today), MediaType.APPLICATION_JSON)
                .tag(etag).cacheControl(cache).build();
    }

    static nl.bis.placements.api.model.Deadline toApi(Deadline d) {
        return new nl.bis.placements.api.model.Deadline()
                .placementType(PlacementTypeCode.fromValue(d.placementType()))
                .departureDate(d.departureDate())
                .today(d.today())
                .registrationCutoff(d.registrationCutoff())
                .ruleId(d.ruleId())
                .leadTime(d.leadTime() == null ? null : d.leadTime().toString())
                .advisoryDate(d.advisoryDate())
                .advisoryRuleId(d.advisoryRuleId())
                .daysRemaining(d.daysRemaining())
                .status(nl.bis.placements.api.model.DeadlineStatus.fromValue(d.status().name()));
    }

    private static boolean matchesAny(String ifNoneMatch, EntityTag etag) {
        String quoted = "\"" + etag.getValue() + "\"";
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(quoted) || t.equals("W/" + quoted)) {
                return true;
            }
        }
        return false;
    }
}
