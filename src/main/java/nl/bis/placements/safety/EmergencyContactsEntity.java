package nl.bis.placements.safety;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.bis.placements.common.AuditedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A student's phone number abroad and contacts at home: one document per student, always replaced as a whole. */
@Entity
@Table(name = "emergency_contacts")
public class EmergencyContactsEntity extends AuditedEntity {

    /** Someone at home to call; relation and e-mail may be absent. */
    public record Contact(String name, String relation, String phone, String email) {
    }

    @Id
    public String studentNumber;

    public String phoneAbroad;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Contact> contacts;

    /** What readiness waits for: a phone number abroad and at least one contact. */
    public boolean complete() {
        return phoneAbroad != null && contacts != null && !contacts.isEmpty();
    }

    /** The documents of these students by student number, in one query; a student without one is left out. */
    static Map<String, EmergencyContactsEntity> ofStudents(Collection<String> studentNumbers) {
        if (studentNumbers.isEmpty()) {
            return Map.of();
        }
        return EmergencyContactsEntity.<EmergencyContactsEntity>list("studentNumber in ?1", studentNumbers).stream()
                .collect(Collectors.toMap(c -> c.studentNumber, Function.identity()));
    }
}
