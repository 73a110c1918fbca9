package nl.bis.placements.student;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A student as far as placements need one; keyed by the student number from the token or from staff. */
@Entity
@Table(name = "student")
public class StudentEntity extends PanacheEntityBase {

    @Id
    public String studentNumber;

    public String name;

    public String email;

    public LocalDate birthDate;
}
