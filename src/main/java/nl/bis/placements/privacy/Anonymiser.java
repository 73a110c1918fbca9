package nl.bis.placements.privacy;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.bis.placements.common.Instants;
import nl.bis.placements.placement.PlacementChanges;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementHistoryEntity.Action;

/**
 * Anonymises one student's personal data, entry by entry of the register: what expired (retention) or everything
 * (erasure). Each placement touched gets one {@code ANONYMISED} history entry naming the kinds of data, never the
 * data. Rows that keep their statistics move to a pseudonymous student made for this one anonymisation; the student
 * record goes once nothing refers to it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Anonymiser {

    /** What one anonymisation changed: rows per table, and the placements touched. */
    public record Outcome(Map<String, Integer> records, Set<Long> placements) {

        public boolean changedAnything() {
            return records.values().stream().anyMatch(count -> count > 0);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    PersonalDataTables tables;

    @Inject
    PlacementChanges changes;

    @Inject
    Clock clock;

    /**
     * Anonymises the student's data whose retention ended before the cutoffs, or all of it when {@code cutoffs} is
     * empty (erasure). The caller holds the privacy lock; the student record is locked here.
     */
    public Outcome anonymise(String studentNumber, Map<RetentionKind, LocalDate> cutoffs, String historyReason) {
        boolean all = cutoffs.isEmpty();
        lockStudent(studentNumber);
        String pseudonym = null;
        Map<String, Integer> records = new TreeMap<>();
        Map<Long, Set<RetentionKind>> touched = new TreeMap<>();
        for (PersonalData entry : PersonalDataRegister.entries()) {
            if (pseudonym == null && entry.studentColumn() != null) {
                pseudonym = pseudonym();
            }
            LocalDate cutoff = all ? LocalDate.EPOCH : cutoffs.get(entry.kind());
            List<Object> placements = tables.anonymise(entry, studentNumber, cutoff, all, pseudonym);
            records.merge(entry.table(), placements.size(), Integer::sum);
            for (Object placement : placements) {
                if (placement != null && entry.placementOf() != null) {
                    touched.computeIfAbsent(((Number) placement).longValue(),
                            id -> EnumSet.noneOf(RetentionKind.class)).add(entry.kind());
                }
            }
        }
        dropUnusedPseudonym(pseudonym);
        touched.forEach((placementId, kinds) -> recordIn(placementId, kinds, historyReason));
        boolean changed = all || records.values().stream().anyMatch(count -> count > 0);
        int removed = removeStudentIfUnreferenced(studentNumber, changed);
        records.put(PersonalDataRegister.STUDENT_TABLE, removed);
        return new Outcome(records, touched.keySet());
    }

    private void recordIn(long placementId, Set<RetentionKind> kinds, String historyReason) {
        PlacementEntity placement = PlacementEntity.findById(placementId);
        if (placement != null) {
            changes.recordFor(placement, Action.ANONYMISED, historyReason + " " + kinds, List.of());
        }
    }

    private void lockStudent(String studentNumber) {
        Panache.getEntityManager().createNativeQuery(
                        "select student_number from student where student_number = :student for update")
                .setParameter("student", studentNumber).getResultList();
    }

    /** A new pseudonymous student: "ANON-" and 15 random characters, linked to nobody. */
    private String pseudonym() {
        StringBuilder number = new StringBuilder("ANON-");
        for (int i = 0; i < 15; i++) {
            number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        Panache.getEntityManager().createNativeQuery("""
                        insert into student (student_number, name, created_at, updated_at, anonymised_at)
                        values (:number, 'Anonymised', :now, :now, :now)""")
                .setParameter("number", number.toString())
                .setParameter("now", Instants.now(clock))
                .executeUpdate();
        return number.toString();
    }

    private void dropUnusedPseudonym(String pseudonym) {
        if (pseudonym != null && !referenced(pseudonym)) {
            Panache.getEntityManager().createNativeQuery("delete from student where student_number = :number")
                    .setParameter("number", pseudonym).executeUpdate();
        }
    }

    /** Removes the student record once nothing refers to it, if this anonymisation changed anything; 1 if removed. */
    private int removeStudentIfUnreferenced(String studentNumber, boolean changedAnything) {
        if (!changedAnything || referenced(studentNumber)) {
            return 0;
        }
        return Panache.getEntityManager().createNativeQuery(
                        "delete from student where student_number = :number and anonymised_at is null")
                .setParameter("number", studentNumber).executeUpdate();
    }

    /** Whether any row of any table refers to this student, through every foreign key PostgreSQL knows. */
    private boolean referenced(String studentNumber) {
        for (String[] reference : tables.referencesToStudent()) {
            Number count = (Number) Panache.getEntityManager().createNativeQuery(
                            "select count(*) from (select 1 from " + reference[0] + " where " + reference[1]
                                    + " = :number limit 1) x")
                    .setParameter("number", studentNumber).getSingleResult();
            if (count.intValue() > 0) {
                return true;
            }
        }
        return false;
    }
}
