package nl.bis.placements.testing;

/**
 * Who a student is, as staff and KL-app name them in a request: number, name and e-mail. On its own it is the body
 * with which staff sign a student up for an event.
 */
public record StudentDetails(String number, String name, String email) {

    /** The usual test student of a number: "Student 3000001", s3000001@student.example.org. */
    public static StudentDetails of(String number) {
        return new StudentDetails(number, "Student " + number, "s" + number + "@student.example.org");
    }

    /** {@code {"studentNumber": ..., "studentName": ..., "studentEmail": ...}}, the body of a staff sign-up. */
    public String json() {
        return new SignUp(this).json();
    }

    private static final class SignUp extends JsonBody {
        SignUp(StudentDetails student) {
            set("studentNumber", student.number());
            set("studentName", student.name());
            set("studentEmail", student.email());
        }
    }
}
