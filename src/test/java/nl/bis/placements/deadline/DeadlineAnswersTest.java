package nl.bis.placements.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineAnswersTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 16);
    private static final LocalDate DEPARTURE = LocalDate.of(2027, 8, 31);

    private static RuleSnapshot snapshot(String leadTime) {
        return RuleSnapshot.of(List.of("RESEARCH_INTERNSHIP"), List.of(new RuleTerms(1, "RESEARCH_INTERNSHIP",
                RuleKind.REGISTRATION, Period.parse(leadTime), LocalDate.of(2024, 2, 16), null)));
    }

    private static DeadlineAnswers answers() {
        DeadlineAnswers answers = new DeadlineAnswers();
        answers.json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return answers;
    }

    private static byte[] ask(DeadlineAnswers answers, RuleSnapshot rules, LocalDate departure) {
        return answers.answer(rules, rules.tag(null, departure, TODAY), null, departure, TODAY);
    }

    @Test
    void theSameQuestionToTheSameSnapshotIsWrittenOnce() {
        DeadlineAnswers answers = answers();
        RuleSnapshot rules = snapshot("P6M");

        byte[] first = ask(answers, rules, DEPARTURE);

        assertSame(first, ask(answers, rules, DEPARTURE));
        assertTrue(new String(first, StandardCharsets.UTF_8).contains("\"registrationCutoff\":\"2027-02-28\""));
    }

    @Test
    void aNewSnapshotIsAnsweredFromItsOwnRules() {
        DeadlineAnswers answers = answers();
        ask(answers, snapshot("P6M"), DEPARTURE);

        byte[] after = ask(answers, snapshot("P5M"), DEPARTURE);

        assertTrue(new String(after, StandardCharsets.UTF_8).contains("\"registrationCutoff\":\"2027-03-31\""));
    }

    @Test
    void noMoreAnswersAreKeptThanTheBound() {
        DeadlineAnswers answers = answers();
        RuleSnapshot rules = snapshot("P6M");
        byte[] first = ask(answers, rules, DEPARTURE);
        for (int day = 1; day < DeadlineAnswers.MAX_ANSWERS; day++) {
            ask(answers, rules, DEPARTURE.plusDays(day));
        }
        assertSame(first, ask(answers, rules, DEPARTURE));

        ask(answers, rules, DEPARTURE.plusDays(DeadlineAnswers.MAX_ANSWERS));

        assertNotSame(first, ask(answers, rules, DEPARTURE));
        assertEquals(new String(first, StandardCharsets.UTF_8),
                new String(ask(answers, rules, DEPARTURE), StandardCharsets.UTF_8));
    }
}
