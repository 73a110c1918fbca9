package nl.bis.placements.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import nl.bis.placements.api.DeadlinesApi;
import nl.bis.placements.api.model.PlacementTypeCode;

public class DeadlineResource implements DeadlinesApi {

    /** Short enough that a rule change reaches every browser within minutes; revalidation is cheap (ETag). */
    private static final int MAX_AGE_SECONDS = 300;

    @Inject
    DeadlineRuleService service;

    @Override
    @PermitAll
    public Response calculateDeadlines(LocalDate departureDate, PlacementTypeCode placementType, String ifNoneMatch) {
        List<Deadline> deadlines = service.deadlines(placementType == null ? null : placementType.toString(),
                departureDate);
        EntityTag etag = new EntityTag(fingerprint(deadlines));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        cache.setPrivate(false);
        if (ifNoneMatch != null && matchesAny(ifNoneMatch, etag)) {
            return Response.notModified(etag).cacheControl(cache).build();
        }
        return Response.ok(deadlines.stream().map(DeadlineResource::toApi).toList())
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

    /** The same answer gives the same tag on every instance (records' toString holds only values). */
    private static String fingerprint(List<Deadline> deadlines) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(deadlines.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
