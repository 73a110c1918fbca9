package nl.bis.placements.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The where clause of a filtered listing and its named parameters, built from optional filters (a filter whose value
 * is null adds nothing), and the paging every listing shares: page from 0, size from 1, capped.
 */
public final class HqlFilter {

    private final StringBuilder clause;
    private final Map<String, Object> parameters = new HashMap<>();

    /** A filter that always holds {@code condition} (such as {@code 1 = 1}). */
    public HqlFilter(String condition) {
        clause = new StringBuilder(" where ").append(condition);
    }

    /** Adds {@code condition}, which names {@code :name}, when the value is given. */
    public HqlFilter and(String condition, String name, Object value) {
        if (value != null) {
            clause.append(" and ").append(condition);
            parameters.put(name, value);
        }
        return this;
    }

    public HqlFilter and(String condition) {
        clause.append(" and ").append(condition);
        return this;
    }

    /** A parameter named by a condition given to the constructor or to {@link #and(String)}. */
    public HqlFilter with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /**
     * Holds a listing to one student's rows ({@code condition} names {@code :studentNumber}): the one asked for, or,
     * for a caller who reads only their own, always theirs, and none at all when they ask for another student's.
     */
    public HqlFilter student(String condition, String requested, boolean readsEveryone, Optional<String> own) {
        String studentNumber = requested;
        if (!readsEveryone) {
            String caller = own.orElse("");
            if (requested != null && !requested.equals(caller)) {
                and("1 = 0");
            }
            studentNumber = caller;
        }
        return and(condition, "studentNumber", studentNumber);
    }

    /** {@code select ... from ...} with this filter, then {@code tail} (an order by, or nothing). */
    public <T> TypedQuery<T> query(String selectFrom, String tail, Class<T> type) {
        TypedQuery<T> query = Panache.getEntityManager().createQuery(selectFrom + clause + tail, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    public long count(String selectCountFrom) {
        return query(selectCountFrom, "", Long.class).getSingleResult();
    }

    /** The size of a page as served: at most {@code max}; a negative page or a size below 1 is refused. */
    public static int pageSize(int page, int size, int max) {
        if (page < 0) {
            throw new InvalidParameterException("page", "must be 0 or more");
        }
        if (size < 1) {
            throw new InvalidParameterException("size", "must be 1 or more");
        }
        return Math.min(size, max);
    }

    /**
     * The number of all matching rows when a page of {@code size} from row {@code offset} tells it: a page that ends
     * before its size ends with the last match, and an empty first page means none; empty otherwise (a full page may
     * be followed by more, and an empty page beyond the first says nothing of the rows before it).
     */
    public static OptionalLong totalShown(int offset, int size, int itemsOnPage) {
        return itemsOnPage < size && (itemsOnPage > 0 || offset == 0) ? OptionalLong.of((long) offset + itemsOnPage)
                : OptionalLong.empty();
    }

    /** The first row of a page (pages beyond the last row are empty, never an overflow). */
    public static int offset(int page, int size) {
        return Math.toIntExact(Math.min((long) page * size, Integer.MAX_VALUE));
    }
}
