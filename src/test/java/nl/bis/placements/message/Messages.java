package nl.bis.placements.message;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.Map;
import nl.bis.placements.student.StudentEntity;
import nl.bis.placements.testing.TestStudents;

/** Test data for messages: students made directly in the database, and their outbox rows. */
final class Messages {

    static final Map<String, Object> REGISTRATION = Map.of("placementType", "Research internship",
            "destination", "Kumasi, Ghana", "departureDate", "2027-09-06");

    private Messages() {
    }

    /** A new student with this name, e-mail (null: none) and language of their sign-in (null: none). */
    static String student(String name, String email, String locale) {
        return student(TestStudents.freshNumber(), name, email, locale);
    }

    private static String student(String number, String name, String email, String locale) {
        QuarkusTransaction.requiringNew().run(() -> {
            StudentEntity.upsert(number, name, email, null);
            StudentEntity.<StudentEntity>findById(number).locale = locale;
        });
        return number;
    }

    static String student() {
        String number = TestStudents.freshNumber();
        return student(number, "Student " + number, "student." + number + "@student.example.org", null);
    }

    static String emailOf(String studentNumber) {
        return QuarkusTransaction.requiringNew().call(() -> StudentEntity.<StudentEntity>findById(studentNumber).email);
    }

    static List<OutboxMessageEntity> of(String studentNumber) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessageEntity.<OutboxMessageEntity>list(
                "studentNumber = ?1 order by id", studentNumber));
    }

    static OutboxMessageEntity only(String studentNumber) {
        List<OutboxMessageEntity> messages = of(studentNumber);
        if (messages.size() != 1) {
            throw new AssertionError("Expected one message for " + studentNumber + ", found " + messages.size());
        }
        return messages.getFirst();
    }
}
