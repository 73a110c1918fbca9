package nl.bis.placements.progresstest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.ETags;
import nl.bis.placements.common.InputLimits;
import nl.bis.placements.common.ProblemType;

/**
 * The progress-test dates staff keep. Adding, moving and deleting a test recomputes the conflicts of the placements
 * whose period contains its old or new date, in the same transaction ({@link Conflicts}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressTests {

    /** What staff send: the date and an optional name. */
    public record Input(LocalDate testDate, String name) {
    }

    @Inject
    Audit audit;

    @Inject
    Conflicts conflicts;

    public List<ProgressTestEntity> list(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from", "must not lie after to");
        }
        return ProgressTestEntity.between(from, to);
    }

    public ProgressTestEntity get(long id) {
        return ProgressTestEntity.<ProgressTestEntity>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Progress test " + id));
    }

    @Transactional
    public ProgressTestEntity create(Input input) {
        check(input);
        conflicts.lockForTestChange(null, Set.of(input.testDate()));
        refuseTakenDate(input.testDate(), null);
        ProgressTestEntity test = new ProgressTestEntity();
        apply(test, input);
        audit.created(test);
        test.persist();
        test.flush();
        conflicts.afterTestChange(test.id, Set.of(test.testDate), "a progress test was added");
        return test;
    }

    @Transactional
    public ProgressTestEntity replace(long id, String ifMatch, Input input) {
        ProgressTestEntity test = get(id);
        ETags.requireMatch(ifMatch, test.version);
        check(input);
        conflicts.lockForTestChange(id, dates(test.testDate, input.testDate()));
        // Read again: another change of this test may have committed while this one waited for the calendar.
        ProgressTestEntity.getEntityManager().refresh(test);
        ETags.requireMatch(ifMatch, test.version);
        refuseTakenDate(input.testDate(), id);
        LocalDate before = test.testDate;
        apply(test, input);
        audit.updated(test);
        test.flush();
        conflicts.afterTestChange(id, dates(before, test.testDate), "the test was moved to " + test.testDate);
        return test;
    }

    /** Deletes a test entered by mistake, ending its conflicts; a test with exemptions is kept with them. */
    @Transactional
    public void delete(long id) {
        ProgressTestEntity test = get(id);
        conflicts.lockForTestChange(id, Set.of(test.testDate));
        ProgressTestEntity.getEntityManager().refresh(test);
        long exemptions = ExemptionEntity.countOfTest(id);
        if (exemptions > 0) {
            throw new ApiException(ProblemType.PROGRESS_TEST_IN_USE, exemptions + " exemption"
                    + (exemptions == 1 ? " was" : "s were") + " asked for progress test " + id
                    + "; they are kept as a record, and so is the test. Move it instead.");
        }
        conflicts.endAllOf(test);
        ConflictEntity.ofTest(id).forEach(ConflictEntity::delete);
        test.delete();
    }

    // ---------------------------------------------------------------------------------------------

    private static void check(Input input) {
        InputLimits.requireInRange("testDate", input.testDate());
        if (input.name() != null && input.name().isBlank()) {
            throw ApiException.invalid("name", "must not be blank; leave it out for none");
        }
    }

    private static void refuseTakenDate(LocalDate date, Long exceptId) {
        ProgressTestEntity.on(date).filter(other -> !other.id.equals(exceptId)).ifPresent(other -> {
            throw new ApiException(ProblemType.PROGRESS_TEST_DATE_TAKEN.problem("Progress test " + other.id
                    + " is on " + date + " already; there is one test a day.")
                    .with("conflictingProgressTestId", other.id));
        });
    }

    /** The old and new date of a test (one date when it keeps its date). */
    private static Set<LocalDate> dates(LocalDate before, LocalDate after) {
        return new TreeSet<>(List.of(before, after));
    }

    private static void apply(ProgressTestEntity test, Input input) {
        test.testDate = input.testDate();
        test.name = input.name() == null ? null : input.name().strip();
    }
}
