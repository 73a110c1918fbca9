package nl.bis.placements.deadline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calculator's answers as JSON, kept by their tag for the snapshot they came from: the same question on the same
 * day is answered with the same bytes, without calculating, mapping and serialising again. Emptied when the snapshot
 * is replaced and when it holds {@link #MAX_ANSWERS} answers, so it never grows past that.
 */
@ApplicationScoped
class DeadlineAnswers {

    static final int MAX_ANSWERS = 1_000;

    /** The service's own mapper, so an answer is written exactly as the REST layer would write it. */
    @Inject
    ObjectMapper json;

    private volatile Kept kept = new Kept(null, new ConcurrentHashMap<>());

    private record Kept(RuleSnapshot snapshot, Map<String, byte[]> answers) {
    }

    /** The JSON answer of {@link RuleSnapshot#deadlines}, whose tag is {@code tag}. */
    byte[] answer(RuleSnapshot rules, String tag, String placementType, LocalDate departure, LocalDate today) {
        Kept current = kept;
        byte[] answer = current.snapshot() == rules ? current.answers().get(tag) : null;
        if (answer == null) {
            if (current.snapshot() != rules || current.answers().size() >= MAX_ANSWERS) {
                current = new Kept(rules, new ConcurrentHashMap<>());
                kept = current;
            }
            answer = write(rules, placementType, departure, today);
            current.answers().put(tag, answer);
        }
        return answer;
    }

    private byte[] write(RuleSnapshot rules, String placementType, LocalDate departure, LocalDate today) {
        try {
            return json.writeValueAsBytes(rules.deadlines(placementType, departure, today).stream()
                    .map(DeadlineResource::toApi).toList());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
