package nl.bis.placements.common;

import java.util.Optional;
import java.util.Set;

/**
 * Which characters text members may hold. A single-line member (a title, location, name, city, institution,
 * reason) holds no control character at all (C0, DEL, C1 such as U+0085) and no line or paragraph separator
 * (U+2028, U+2029): any of them splits a line in a calendar feed, a CSV cell or a log. A multi-line member breaks
 * lines only with LF or CRLF.
 */
public final class TextRules {

    /** The members that may span several lines; every other text member is a single line. */
    private static final Set<String> MULTI_LINE = Set.of("notes", "description");

    /** How many lines a text may span. */
    public enum Lines {
        SINGLE,
        /** Lines broken with LF or CRLF. */
        MULTIPLE
    }

    private TextRules() {
    }

    /** The text with every character a single line may not hold replaced by a space (for text stored earlier). */
    public static String asSingleLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder line = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            line.append(notInALine(c) ? ' ' : c);
        }
        return line.toString();
    }

    /** Why the text of a JSON member (by name; {@code null} when unnamed) is not allowed, or empty when it is. */
    public static Optional<String> problemIn(String member, String text) {
        return problem(text, member != null && MULTI_LINE.contains(member) ? Lines.MULTIPLE : Lines.SINGLE);
    }

    /** Why the text is not allowed, or empty when it is. */
    public static Optional<String> problem(String text, Lines lines) {
        boolean multiLine = lines == Lines.MULTIPLE;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (multiLine && (c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                continue;
            }
            if (c == '\0') {
                return Optional.of("must not contain a NUL character");
            }
            if (notInALine(c)) {
                String found = String.format("U+%04X at position %d", (int) c, i + 1);
                return Optional.of(multiLine
                        ? "may break lines only with LF or CRLF and holds no other control character (found " + found + ")"
                        : "must be a single line without control characters (found " + found + ")");
            }
        }
        return Optional.empty();
    }

    /** A control character (C0, DEL, C1) or a line or paragraph separator. */
    private static boolean notInALine(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
    }
}
