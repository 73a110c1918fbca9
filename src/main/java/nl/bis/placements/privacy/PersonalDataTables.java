package nl.bis.placements.privacy;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The SQL behind the register: a student's rows of an entry as JSON, and anonymising them. Which text columns a
 * table has is read from PostgreSQL's catalogue, so a column added later is anonymised without a change here (and a
 * code column added later without a place in {@link PersonalData#kept()} fails the register's tests, never silently).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PersonalDataTables {

    /** A text column: its name and whether it is JSON. */
    record TextColumn(String name, boolean json) {
    }

    private final Map<String, List<TextColumn>> textColumns = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> keyColumns = new ConcurrentHashMap<>();
    private volatile List<String[]> studentReferences;

    /** The student's rows of this entry, as JSON objects (snake_case members, as stored). */
    @SuppressWarnings("unchecked")
    public List<String> rowsOf(PersonalData entry, String studentNumber) {
        String excluded = entry.notExported().stream().map(c -> "'" + c + "'")
                .collect(Collectors.joining(", ", "array[", "]::text[]"));
        return em().createNativeQuery("select (to_jsonb(t) - " + excluded + ")::text from " + entry.table() + " t"
                        + " where " + entry.scope() + " and " + entry.studentOf() + " = :student order by 1")
                .setParameter("student", studentNumber).getResultList();
    }

    /** The student record as JSON, or null; the mark of a pseudonymous record is not part of it. */
    public String studentRow(String studentNumber) {
        List<?> rows = em().createNativeQuery("select (to_jsonb(t) - 'anonymised_at')::text from student t"
                        + " where t.student_number = :student and t.anonymised_at is null")
                .setParameter("student", studentNumber).getResultList();
        return rows.isEmpty() ? null : (String) rows.getFirst();
    }

    /**
     * Students (not pseudonyms) with rows of this entry whose retention ended before the cutoff and that are not
     * anonymised yet.
     */
    @SuppressWarnings("unchecked")
    public List<String> studentsWithExpired(PersonalData entry, LocalDate cutoff) {
        return em().createNativeQuery("select distinct s.student_number from " + entry.table() + " t"
                        + " join student s on s.student_number = " + entry.studentOf()
                        + " where s.anonymised_at is null and " + entry.scope() + " and " + entry.anchor()
                        + " < :cutoff and " + notYetAnonymised(entry))
                .setParameter("cutoff", cutoff).getResultList();
    }

    /**
     * Anonymises the student's rows of this entry that expired before the cutoff (all of them when {@code all}); the
     * placements they belong to are returned, one per row changed (a row of no placement: null).
     */
    @SuppressWarnings("unchecked")
    public List<Object> anonymise(PersonalData entry, String studentNumber, LocalDate cutoff, boolean all,
                                  String pseudonym) {
        String rows = " where " + entry.scope() + " and " + entry.studentOf() + " = :student and (:all or "
                + entry.anchor() + " < :cutoff) and " + notYetAnonymised(entry);
        String placement = entry.placementOf() == null ? "null::bigint" : entry.placementOf();
        String sql;
        if (entry.action() == PersonalData.Action.DELETE) {
            // The placement is read before the row goes: returning sees the deleted row.
            sql = "delete from " + entry.table() + " t" + rows + " returning " + placement;
        } else {
            List<String> sets = new ArrayList<>();
            for (TextColumn column : clearedColumns(entry)) {
                sets.add(column.name() + " = " + replacementOrNull(entry, column));
            }
            if (entry.studentColumn() != null) {
                sets.add(entry.studentColumn() + " = :pseudonym");
            }
            if (sets.isEmpty()) {
                return List.of();
            }
            sql = "update " + entry.table() + " t set " + String.join(", ", sets) + rows + " returning " + placement;
        }
        var query = em().createNativeQuery(sql).setParameter("student", studentNumber).setParameter("all", all)
                .setParameter("cutoff", cutoff);
        if (sql.contains(":pseudonym")) {
            query.setParameter("pseudonym", pseudonym);
        }
        return query.getResultList();
    }

    /**
     * Rows still to anonymise: any row of a DELETE entry or with the student column (it still names the real
     * student, as the callers look it up by them); else a row with free text that is not the placeholder yet.
     */
    private String notYetAnonymised(PersonalData entry) {
        if (entry.action() == PersonalData.Action.DELETE || entry.studentColumn() != null) {
            return "true";
        }
        List<String> left = new ArrayList<>();
        for (TextColumn column : clearedColumns(entry)) {
            left.add("t." + column.name() + " is distinct from " + replacementOrNull(entry, column));
        }
        return left.isEmpty() ? "false" : "(" + String.join(" or ", left) + ")";
    }

    /** The value a column holds once anonymised; null stays null. */
    private static String replacementOrNull(PersonalData entry, TextColumn column) {
        String value = entry.overrides().getOrDefault(column.name(), column.json()
                ? "'" + PersonalData.JSON_PLACEHOLDER + "'::jsonb" : "'" + PersonalData.PLACEHOLDER + "'");
        return "case when t." + column.name() + " is null then null else " + value + " end";
    }

    /** The text columns an entry clears: all of its table's but the kept codes, keys and references. */
    private List<TextColumn> clearedColumns(PersonalData entry) {
        return textColumns.computeIfAbsent(entry.table(), this::readTextColumns).stream()
                .filter(column -> !entry.kept().contains(column.name()))
                .filter(column -> !column.name().equals(entry.studentColumn()))
                .filter(column -> entry.overrides().containsKey(column.name())
                        || !keyColumns.computeIfAbsent(entry.table(), this::readKeyColumns).contains(column.name()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<TextColumn> readTextColumns(String table) {
        List<Object[]> rows = em().createNativeQuery("""
                        select column_name::text, data_type::text from information_schema.columns
                         where table_schema = current_schema() and table_name = :table
                           and data_type in ('character varying', 'text', 'character', 'jsonb', 'json')
                         order by ordinal_position""", Object[].class)
                .setParameter("table", table).getResultList();
        return rows.stream().map(row -> new TextColumn((String) row[0], ((String) row[1]).startsWith("json")))
                .toList();
    }

    /** Columns of primary keys and foreign keys: identifiers and references, never free text. */
    @SuppressWarnings("unchecked")
    private Set<String> readKeyColumns(String table) {
        return new HashSet<>(em().createNativeQuery("""
                        select a.attname::text from pg_constraint c
                          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
                         where c.conrelid = to_regclass(:table) and c.contype in ('p', 'f')""")
                .setParameter("table", table).getResultList());
    }

    /** Every (table, column) whose foreign key references the student record, as PostgreSQL knows them. */
    public List<String[]> referencesToStudent() {
        if (studentReferences == null) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em().createNativeQuery("""
                            select c.conrelid::regclass::text, a.attname::text from pg_constraint c
                              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                             where c.contype = 'f' and c.confrelid = 'student'::regclass
                             order by 1, 2""", Object[].class).getResultList();
            studentReferences = rows.stream().map(row -> new String[] {(String) row[0], (String) row[1]}).toList();
        }
        return studentReferences;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
