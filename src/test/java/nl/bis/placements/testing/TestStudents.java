package nl.bis.placements.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Students made up for the tests: fresh student numbers, so that tests sharing one database never see each other's
 * placements, and students signed in with a token of their own. (The service's own {@code student.Students} keeps the
 * student records.)
 */
public final class TestStudents {

    private static final AtomicInteger NEXT = new AtomicInteger(3_000_000);

    private TestStudents() {
    }

    public static String freshNumber() {
        return String.valueOf(NEXT.getAndIncrement());
    }

    /** A token for a new student with a fresh number. */
    public static Student fresh() {
        String number = freshNumber();
        return new Student(number, Tokens.student("student-" + number, number));
    }

    public record Student(String number, String token) {
    }
}
