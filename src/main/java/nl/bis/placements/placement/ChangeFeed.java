package nl.bis.placements.placement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.bis.placements.common.InvalidParameterException;
import nl.bis.placements.placement.PlacementHistoryEntity.FieldChange;

/**
 * The change feed: placement history entries in (transaction, id) order, each handed out only once every
 * transaction that started before the oldest still-running one has ended. A transaction that commits late therefore
 * holds back the entries after it instead of being skipped, and a consumer that keeps its cursor sees every
 * committed change exactly once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeFeed {

    public static final int MAX_LIMIT = 1000;
    private static final String CURSOR_PREFIX = "1:";

    /**
     * Reads the history's own JSON. Not the request mapper: that one holds text to the rules for client input
     * ({@code InputLimits}), and a stored change may rightly carry a line break (a note's new text).
     */
    private static final ObjectMapper STORED = new ObjectMapper();

    public record Change(String cursor, long placementId, String klAppId, PlacementHistoryEntity.Action kind,
                         Instant at, String by, PlacementStatus status, PlacementStatus fromStatus,
                         PlacementStatus toStatus, String reason, List<FieldChange> changes) {
    }

    public record Page(List<Change> items, String next, boolean hasMore) {
    }

    private record Position(String txid, long id) {
    }

    public Page after(String cursor, int limit) {
        if (limit < 1) {
            throw new InvalidParameterException("limit", "must be 1 or more");
        }
        int capped = Math.min(limit, MAX_LIMIT);
        Position from = cursor == null || cursor.isBlank() ? new Position("0", 0) : decode(cursor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                        select h.txid::text, h.id, h.placement_id, p.kl_app_id, h.action, h.changed_at, h.changed_by,
                               h.status, h.from_status, h.to_status, h.reason, h.changes::text
                          from placement_history h
                          join placement p on p.id = h.placement_id
                         where (h.txid, h.id) > (cast(:txid as xid8), :id)
                           and h.txid < pg_snapshot_xmin(pg_current_snapshot())
                         order by h.txid, h.id
                         limit :limit""")
                .setParameter("txid", from.txid())
                .setParameter("id", from.id())
                .setParameter("limit", capped + 1)
                .getResultList();
        List<Change> items = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(rows.size(), capped))) {
            items.add(new Change(encode(new Position((String) row[0], ((Number) row[1]).longValue())),
                    ((Number) row[2]).longValue(), (String) row[3],
                    PlacementHistoryEntity.Action.valueOf((String) row[4]), toInstant(row[5]), (String) row[6],
                    status(row[7]), status(row[8]), status(row[9]), (String) row[10], changes((String) row[11])));
        }
        String next = items.isEmpty() ? (cursor == null || cursor.isBlank() ? null : cursor)
                : items.get(items.size() - 1).cursor();
        return new Page(items, next, rows.size() > capped);
    }

    private static String encode(Position position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (CURSOR_PREFIX + position.txid() + ":" + position.id()).getBytes(StandardCharsets.UTF_8));
    }

    private static Position decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (text.startsWith(CURSOR_PREFIX)) {
                String[] parts = text.substring(CURSOR_PREFIX.length()).split(":");
                if (parts.length == 2) {
                    long txid = Long.parseUnsignedLong(parts[0]);
                    long id = Long.parseLong(parts[1]);
                    return new Position(Long.toUnsignedString(txid), id);
                }
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidParameterException("after", "is not a cursor of this feed; pass the 'next' of a previous page");
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private static PlacementStatus status(Object value) {
        return value == null ? null : PlacementStatus.valueOf((String) value);
    }

    private static List<FieldChange> changes(String text) {
        try {
            return STORED.readValue(text, new TypeReference<List<FieldChange>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable history entry", e);
        }
    }
}
