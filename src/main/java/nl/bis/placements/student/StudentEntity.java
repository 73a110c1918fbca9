package nl.bis.placements.student;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** A student as far as placements need one; keyed by the student number from the token or from staff. */
@Entity
@Table(name = "student")
public class StudentEntity extends PanacheEntityBase {

    @Id
    public String studentNumber;

    public String name;

    public String email;

    public LocalDate birthDate;

    /** The language of the student's last sign-in ({@code nl} or {@code en}), for their messages; null if unknown. */
    public String locale;

    /**
     * Creates the student or brings name and e-mail up to date, in one statement that concurrent first registrations
     * of one student cannot both win; a missing e-mail or birth date keeps the stored one.
     */
    public static void upsert(String studentNumber, String name, String email, LocalDate birthDate) {
        Panache.getEntityManager().createNativeQuery("""
                        insert into student (student_number, name, email, birth_date)
                        values (:number, :name, :email, :birthDate)
                        on conflict (student_number) do update
                           set name = excluded.name,
                               email = coalesce(excluded.email, student.email),
                               birth_date = coalesce(excluded.birth_date, student.birth_date),
                               updated_at = now()""")
                .setParameter("number", studentNumber)
                .setParameter("name", name)
                .setParameter("email", email)
                .setParameter("birthDate", birthDate)
                .executeUpdate();
    }

    /** The names of these students by number, in one query; a number without a student is left out. */
    public static Map<String, String> namesOf(Collection<String> studentNumbers) {
        Map<String, String> names = new HashMap<>();
        if (studentNumbers.isEmpty()) {
            return names;
        }
        Panache.getEntityManager().createQuery("""
                        select s.studentNumber, s.name from StudentEntity s where s.studentNumber in :numbers""",
                        Object[].class)
                .setParameter("numbers", studentNumbers)
                .getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }
}
