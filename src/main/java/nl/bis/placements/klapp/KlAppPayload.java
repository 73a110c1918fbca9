package nl.bis.placements.klapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.bis.placements.placement.PlacementDraft;

/**
 * A registration as KL-app sends it. Checked here with the contract's constraints, because batch items arrive
 * unchecked so that one bad item cannot fail the others.
 */
public record KlAppPayload(
        @NotNull @Pattern(regexp = "[A-Za-z0-9]{1,20}") String studentNumber,
        @NotBlank @Size(max = 200) String studentName,
        @NotNull @Email @Size(max = 320) String studentEmail,
        @NotNull @Pattern(regexp = "[A-Z_]{1,40}") String placementType,
        @NotNull @Valid PlacementDraft.Destination destination,
        @NotNull LocalDate departureDate,
        @NotNull LocalDate returnDate,
        @Size(max = 100) String discipline,
        @NotNull Instant registeredAt) {

    /** To the microsecond, as stored, so that a replayed registration compares equal to the one kept. */
    public KlAppPayload {
        registeredAt = registeredAt == null ? null : registeredAt.truncatedTo(ChronoUnit.MICROS);
    }

    PlacementDraft toDraft(PlacementDraft current) {
        return new PlacementDraft(placementType,
                new PlacementDraft.Destination(destination.countryCode(), destination.city().strip(),
                        destination.hostInstitution().strip()),
                departureDate, returnDate, discipline == null || discipline.isBlank() ? null : discipline.strip(),
                current != null && current.extraCurricular(), current == null ? null : current.notes(),
                current == null ? null : current.birthDate(), current != null && current.parentalConsent(),
                studentNumber, studentName.strip(), studentEmail, current == null ? null : current.lateReason());
    }
}
