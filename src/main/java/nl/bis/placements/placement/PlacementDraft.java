package nl.bis.placements.placement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The editable state of a placement, as registered or after a merge patch. Its constraints repeat the contract's,
 * because a merge patch is checked here rather than by the generated models.
 */
public record PlacementDraft(
        @NotNull String placementType,
        @NotNull @Valid Destination destination,
        @NotNull LocalDate departureDate,
        @NotNull LocalDate returnDate,
        @Size(max = 100) String discipline,
        boolean extraCurricular,
        @Size(max = 2000) String notes,
        LocalDate birthDate,
        boolean parentalConsent,
        @Pattern(regexp = "[A-Za-z0-9]{1,20}") String studentNumber,
        @Size(min = 1, max = 200) String studentName,
        @Email @Size(max = 320) String studentEmail,
        @Size(min = 1, max = 500) String lateReason) {

    public record Destination(
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GH") String countryCode,
            @NotBlank @Size(max = 100) String city,
            @NotBlank @Size(max = 200) String hostInstitution) {
    }
}
