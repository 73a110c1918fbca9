package nl.bis.placements.student;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Problem.Violation;
import nl.bis.placements.common.Roles;

/** Student records: one per student number, however many first registrations for it arrive at once. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Students {

    public record Registrant(String studentNumber, String name, String email) {
    }

    @Inject
    CurrentUser currentUser;

    /**
     * Who a registration is for. Staff name the student (number, name and e-mail are all required); a student acts
     * only for themself: their number comes from the token, and another number is refused.
     *
     * @param action what is being done, for the messages ("register a placement", "sign up")
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Registrant resolve(String number, String givenName, String email, String action) {
        String name = givenName == null || givenName.isBlank() ? null : givenName.strip();
        if (currentUser.hasRole(Roles.STAFF)) {
            List<Violation> missing = violations("is required when staff " + action + " for a student",
                    number == null ? "studentNumber" : null, name == null ? "studentName" : null,
                    email == null ? "studentEmail" : null);
            if (!missing.isEmpty()) {
                throw ApiException.invalid(missing);
            }
            return new Registrant(number, name, email);
        }
        String own = self(action).studentNumber();
        if (number != null && !number.equals(own)) {
            throw ApiException.forbidden(
                    "Students " + action + " only for themselves; leave studentNumber out or send your own.");
        }
        // A student's name and e-mail come from their token; refusing them in the body shows a client its mistake.
        List<Violation> fromToken = violations("is taken from your sign-in; leave it out",
                givenName != null ? "studentName" : null, email != null ? "studentEmail" : null);
        if (!fromToken.isEmpty()) {
            throw ApiException.invalid(fromToken);
        }
        return fromToken(own);
    }

    /**
     * The calling student, as their token names them, for what only a student does for themself (whatever other
     * roles the token carries); a token without a student number is refused.
     *
     * @param action what is being done, for the message ("claim USMLE costs")
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Registrant self(String action) {
        String own = currentUser.studentNumber().orElseThrow(() -> ApiException.forbidden(
                "Your token carries no student number, so you cannot " + action + "."));
        return fromToken(own);
    }

    /** One violation with this message for each member named (null: none). */
    private static List<Violation> violations(String message, String... members) {
        return Arrays.stream(members).filter(Objects::nonNull).map(member -> new Violation(member, message)).toList();
    }

    /** The student as their token names them: the {@code name} claim (else the user name) and {@code email}. */
    private Registrant fromToken(String studentNumber) {
        return new Registrant(studentNumber, currentUser.claim("name").orElse(currentUser.name()),
                currentUser.claim("email").orElse(null));
    }

    /** {@link #refreshFromToken(StudentEntity)} for the student with this number, if there is one. */
    public void refreshFromToken(String studentNumber) {
        StudentEntity.<StudentEntity>findByIdOptional(studentNumber).ifPresent(this::refreshFromToken);
    }

    /** Brings a student's name and e-mail up to date with the token of the student acting now. */
    public void refreshFromToken(StudentEntity student) {
        Registrant current = fromToken(student.studentNumber);
        rename(student, current.name(), current.email() != null ? current.email() : student.email);
        rememberLocale(student);
    }

    /**
     * Keeps the language of the student's own token ({@code locale} claim, e.g. {@code nl-NL} or {@code en}) for their
     * messages: Dutch or English, anything else is forgotten. A token without the claim, or someone else's, changes
     * nothing.
     */
    void rememberLocale(StudentEntity student) {
        if (!currentUser.owns(student.studentNumber)) {
            return;
        }
        currentUser.claim("locale").ifPresent(claim -> {
            String language = claim.length() >= 2 ? claim.substring(0, 2).toLowerCase(java.util.Locale.ROOT) : claim;
            student.locale = language.equals("nl") || language.equals("en") ? language : null;
        });
    }

    /**
     * Creates or refreshes the student and locks their row until the transaction ends, so that concurrent
     * registrations of one student are checked for overlap one after the other, on every instance.
     */
    public StudentEntity upsertAndLock(Registrant registrant, LocalDate birthDate) {
        StudentEntity.upsert(registrant.studentNumber(), registrant.name(), registrant.email(), birthDate);
        StudentEntity student = lock(registrant.studentNumber());
        rememberLocale(student);
        return student;
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
