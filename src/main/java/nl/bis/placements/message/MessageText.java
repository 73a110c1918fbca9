package nl.bis.placements.message;

import java.util.Arrays;
import java.util.List;

/**
 * How a rendered message template reads: its first line is {@code Subject: ...}, the rest is the plain-text body,
 * whose paragraphs (separated by blank lines) become the paragraphs of the HTML part.
 */
public final class MessageText {

    private static final String SUBJECT = "Subject:";

    /** At most the outbox's column width; a longer subject is cut. */
    static final int MAX_SUBJECT = 300;

    public record Parts(String subject, String body) {
    }

    private MessageText() {
    }

    /** The subject and the body of a rendered template; a template without its subject line is a programming error. */
    public static Parts parse(String rendered) {
        String text = rendered.replace("\r\n", "\n").stripLeading();
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (!first.startsWith(SUBJECT)) {
            throw new IllegalArgumentException("A message template starts with a line 'Subject: ...'");
        }
        String subject = first.substring(SUBJECT.length()).strip();
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT);
        }
        String body = end < 0 ? "" : text.substring(end + 1).strip() + "\n";
        return new Parts(subject, body);
    }

    /** The paragraphs of a plain-text body, each as its lines; blank lines separate them. */
    public static List<List<String>> paragraphs(String body) {
        return Arrays.stream(body.strip().split("\n\\s*\n"))
                .filter(paragraph -> !paragraph.isBlank())
                .map(paragraph -> paragraph.lines().map(String::strip).toList())
                .toList();
    }
}
