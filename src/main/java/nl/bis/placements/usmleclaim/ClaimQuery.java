package nl.bis.placements.usmleclaim;

import java.time.LocalDate;

/** The filters of a claim listing; null means "any". Submission dates are days in the service's zone. */
record ClaimQuery(ClaimStatus status, Step step, String studentNumber, LocalDate submittedFrom,
                  LocalDate submittedTo) {
}
