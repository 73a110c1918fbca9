package nl.bis.placements.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * RFC 9457: a problem type has one title, which does not change from occurrence to occurrence. The titles the code
 * writes for each slug are collected from the sources and compared with the contract's list of problem types.
 */
class ProblemTitlesTest {

    /** A slug and title written side by side: {@code new Problem("slug", "Title", ...)}, {@code conflict(...)}. */
    private static final Pattern USE = Pattern.compile(
            "(?:new Problem|ApiException\\.conflict|ApiException\\.unprocessable)\\(\\s*\"([a-z-]+)\",\\s*\"([^\"]+)\"");

    /** A row of the contract's table: {@code | `slug` | Title | status | meaning |}. */
    private static final Pattern ROW = Pattern.compile("^\\s*\\| `([a-z-]+)` \\| ([^|]+?) \\| [0-9x]{3} \\|",
            Pattern.MULTILINE);

    @Test
    void everyProblemTypeHasOneTitleInTheCode() {
        Map<String, Set<String>> used = titlesInCode();
        assertFalse(used.isEmpty());
        used.forEach((slug, titles) -> assertEquals(1, titles.size(), slug + " has the titles " + titles));
    }

    @Test
    void theCodeUsesTheTitleTheContractListsForEachProblemType() throws IOException {
        Map<String, String> listed = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(Path.of("openapi/openapi.yaml")));
        while (row.find()) {
            listed.put(row.group(1), row.group(2));
        }
        titlesInCode().forEach((slug, titles) ->
                assertEquals(Set.of(String.valueOf(listed.get(slug))), titles, "title of " + slug));
    }

    private static Map<String, Set<String>> titlesInCode() {
        Map<String, Set<String>> titles = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                Matcher use = USE.matcher(read(file));
                while (use.find()) {
                    titles.computeIfAbsent(use.group(1), k -> new TreeSet<>()).add(use.group(2));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return titles;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
