package nl.bis.placements.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 9457: a problem type has one title. The code's catalogue of problem types and the contract's table of them
 * list the same slugs with the same titles and statuses, so a type cannot be added to one and not the other.
 */
class ProblemCatalogueTest {

    /** A row of the contract's table: {@code | `slug` | Title | status | meaning |}, status {@code 4xx} if it varies. */
    private static final Pattern ROW = Pattern.compile("^\\s*\\| `([a-z-]+)` \\| ([^|]+?) \\| ([0-9x]{3}) \\|",
            Pattern.MULTILINE);
    private static final Pattern TYPE_URI = Pattern.compile("https://placements\\.example/problems/([A-Za-z0-9_-]+)");

    /** An example body: {@code type: .../problems/<slug>}, then {@code title:} and {@code status:} lines. */
    private static final Pattern EXAMPLE = Pattern.compile(
            "^(\\s*)type: https://placements\\.example/problems/([a-z-]+)\\n\\1title: ([^\\n]+)\\n\\1status: (\\d{3})$",
            Pattern.MULTILINE);

    private static String contract;

    @BeforeAll
    static void readContract() throws IOException {
        contract = Files.readString(Path.of("openapi/openapi.yaml"));
    }

    @Test
    void theCatalogueIsTheContractsTable() {
        Map<String, String> listed = new TreeMap<>();
        Matcher row = ROW.matcher(contract);
        while (row.find()) {
            listed.put(row.group(1), row.group(2) + " | " + row.group(3));
        }
        assertFalse(listed.isEmpty(), "the contract's table of problem types");
        Map<String, String> catalogued = new TreeMap<>();
        for (ProblemType type : ProblemType.values()) {
            String status = type.status().isPresent() ? String.valueOf(type.status().getAsInt()) : "4xx";
            assertEquals(null, catalogued.put(type.slug(), type.title() + " | " + status), "slug of " + type);
        }
        assertEquals(listed, catalogued);
    }

    @Test
    void everyProblemTypeTheContractNamesIsCatalogued() {
        Set<String> named = new TreeSet<>();
        Matcher uri = TYPE_URI.matcher(contract);
        while (uri.find()) {
            named.add(uri.group(1));
        }
        assertFalse(named.isEmpty());
        Set<String> catalogued = new TreeSet<>(Arrays.stream(ProblemType.values()).map(ProblemType::slug).toList());
        named.removeAll(catalogued);
        assertTrue(named.isEmpty(), "problem types the contract names but the catalogue lacks: " + named);
    }

    /**
     * The contract's example problems are what the service answers: the catalogue's title and status for their type,
     * and no {@code instance}, which the service does not send.
     */
    @Test
    void theContractsExampleProblemsAreWhatTheServiceAnswers() {
        Map<String, ProblemType> bySlug = new TreeMap<>();
        for (ProblemType type : ProblemType.values()) {
            bySlug.put(type.slug(), type);
        }
        Matcher example = EXAMPLE.matcher(contract);
        int examples = 0;
        StringBuilder wrong = new StringBuilder();
        while (example.find()) {
            examples++;
            ProblemType type = bySlug.get(example.group(2));
            String title = example.group(3).strip();
            if (type == null || !type.title().equals(title)
                    || (type.status().isPresent() && type.status().getAsInt() != Integer.parseInt(example.group(4)))) {
                wrong.append("\n  ").append(example.group(2)).append(": ").append(title).append(" ")
                        .append(example.group(4));
            }
        }
        assertTrue(examples > 20, "the contract's example problems");
        assertTrue(wrong.isEmpty(), "example problems that differ from the catalogue:" + wrong);
        assertFalse(Pattern.compile("^\\s+instance:", Pattern.MULTILINE).matcher(contract).find(),
                "the contract shows or describes an instance member the service never sends");
    }

    @Test
    void aProblemCarriesTheTypesUriTitleAndStatus() {
        Problem problem = ProblemType.NOT_READY.problem("Placement 7 is not ready.");
        assertEquals("https://placements.example/problems/not-ready", problem.getType());
        assertEquals("Not ready", problem.getTitle());
        assertEquals(422, problem.getStatus());
        assertEquals("Placement 7 is not ready.", problem.getDetail());
        assertEquals(418, ProblemType.CLIENT_ERROR.problem(418, "The request was refused.").getStatus());
    }

    @Test
    void aStatusIsNamedExactlyWhereItVaries() {
        assertThrows(IllegalStateException.class, () -> ProblemType.CLIENT_ERROR.problem("No status."));
        assertThrows(IllegalArgumentException.class, () -> ProblemType.NOT_FOUND.problem(410, "Another status."));
        assertEquals(404, ProblemType.NOT_FOUND.problem(404, "Its own status.").getStatus());
    }
}
