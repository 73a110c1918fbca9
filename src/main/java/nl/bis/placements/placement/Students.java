package nl.bis.placements.placement;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** Student records: one per student number, however many first registrations for it arrive at once. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Students {

    public record Registrant(String studentNumber, String name, String email) {
    }

    /**
     * Creates or refreshes the student and locks their row until the transaction ends, so that concurrent
     * registrations of one student are checked for overlap one after the other, on every instance.
     */
    public StudentEntity upsertAndLock(Registrant registrant, LocalDate birthDate) {
        Panache.getEntityManager().createNativeQuery("""
                        insert into student (student_number, name, email, birth_date)
                        values (:number, :name, :email, :birthDate)
                        on conflict (student_number) do update
                           set name = excluded.name,
                               email = coalesce(excluded.email, student.email),
                               birth_date = coalesce(excluded.birth_date, student.birth_date),
                               updated_at = now()""")
                .setParameter("number", registrant.studentNumber())
                .setParameter("name", registrant.name())
                .setParameter("email", registrant.email())
                .setParameter("birthDate", birthDate)
                .executeUpdate();
        return lock(registrant.studentNumber());
    }

    public StudentEntity lock(String studentNumber) {
        StudentEntity student = StudentEntity.findById(studentNumber, LockModeType.PESSIMISTIC_WRITE);
        Panache.getEntityManager().refresh(student);
        return student;
    }

    public void rename(StudentEntity student, String name, String email) {
        if (name != null) {
            student.name = name;
        }
        student.email = email;
    }
}
