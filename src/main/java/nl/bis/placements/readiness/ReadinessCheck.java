package nl.bis.placements.readiness;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bis.placements.destination.TravelAdvice;
import nl.bis.placements.placement.PlacementStatus;

/**
 * What stands between a student and departure, and after return what closes the placement, in plain Java: facts in,
 * requirements out. The rules come from the faculty's page: a preparation meeting "voor vertrek" to a non-western
 * country or the Caribbean parts of the Kingdom; no travel to orange or red areas; an MRSA screening whose result
 * "moet bekend zijn voordat je start met je volgende stage/coschap"; and parental consent under 18.
 */
public final class ReadinessCheck {

    public enum Code {
        REGISTERED_ON_TIME,
        INTAKE_DONE,
        PREPARATION_MEETING,
        TRAVEL_ADVICE,
        PARENTAL_CONSENT,
        EMERGENCY_CONTACTS,
        HOST_APPROVED,
        MRSA_SCREENING,
        EVALUATION
    }

    /** Where the coordinator's approval of a self-found host stands ({@code NOT_NEEDED}: an approved host). */
    public enum HostApproval {
        NOT_NEEDED,
        PENDING,
        APPROVED,
        REFUSED
    }

    public enum Status {
        MET,
        UNMET,
        WAIVED
    }

    /** A waiver or a recorded result, by staff. */
    public record Entry(String by, String reason, LocalDate on, String result) {
    }

    public record Facts(PlacementStatus status, LocalDate departure, boolean late, String lateReason,
                        boolean parentalConsent, LocalDate birthDate, boolean meetingRequired, String countryName,
                        TravelAdvice travelAdvice, List<LocalDate> attendedMeetings, LocalDate nextPlacementStart,
                        Map<Code, Entry> waivers, Map<Code, Entry> records, boolean emergencyContactsKept,
                        HostApproval hostApproval) {
    }

    public record Requirement(Code code, Status status, LocalDate dueDate, String detail, Entry waiver, Entry record) {
    }

    public record Result(List<Requirement> requirements, boolean readyToDepart, boolean readyToComplete) {

        public List<Code> unmet(Set<Code> among) {
            return requirements.stream().filter(r -> among.contains(r.code()) && r.status() == Status.UNMET)
                    .map(Requirement::code).toList();
        }
    }

    public static final Set<Code> BEFORE_DEPARTURE = EnumSet.of(Code.REGISTERED_ON_TIME, Code.INTAKE_DONE,
            Code.PREPARATION_MEETING, Code.TRAVEL_ADVICE, Code.PARENTAL_CONSENT, Code.EMERGENCY_CONTACTS,
            Code.HOST_APPROVED);
    public static final Set<Code> AFTER_RETURN = EnumSet.of(Code.MRSA_SCREENING, Code.EVALUATION);
    static final Set<PlacementStatus> RETURNED = EnumSet.of(PlacementStatus.RETURNED, PlacementStatus.COMPLETED);

    private ReadinessCheck() {
    }

    public static Result evaluate(Facts f) {
        List<Requirement> requirements = new ArrayList<>();
        requirements.add(requirement(f, Code.REGISTERED_ON_TIME, !f.late() || f.lateReason() != null, null,
                !f.late() ? "Registered before the cutoff."
                        : "Registered after the cutoff; accepted late by staff: " + f.lateReason()));
        requirements.add(requirement(f, Code.INTAKE_DONE, f.status().approvedOrLater(), f.departure(),
                f.status().approvedOrLater() ? "Intake done and the placement approved."
                        : "The intake interview and approval are still to come (status " + f.status() + ")."));
        if (f.meetingRequired()) {
            LocalDate attended = f.attendedMeetings().stream().filter(day -> day.isBefore(f.departure()))
                    .reduce((a, b) -> b).orElse(null);
            requirements.add(requirement(f, Code.PREPARATION_MEETING, attended != null, f.departure(),
                    attended != null ? "Attended the preparation meeting on " + attended + "."
                            : "A preparation meeting is mandatory before departure to " + f.countryName()
                                    + "; attend one before " + f.departure() + "."));
        }
        boolean safe = !f.travelAdvice().forbidsStudyTravel();
        requirements.add(new Requirement(Code.TRAVEL_ADVICE, safe ? Status.MET : Status.UNMET, f.departure(),
                "The travel advice for " + f.countryName() + " is " + f.travelAdvice()
                        + (safe ? "." : "; the faculty does not allow study travel to orange or red areas."),
                null, null));
        if (f.birthDate() != null && Period.between(f.birthDate(), f.departure()).getYears() < 18) {
            requirements.add(requirement(f, Code.PARENTAL_CONSENT, f.parentalConsent(), f.departure(),
                    f.parentalConsent() ? "A parent or guardian has consented."
                            : "The student is under 18 on the departure date: parental consent is required."));
        }
        // "Zorg ook dat je zelf alle gegevens van de student hebt, inclusief gegevens van thuisblijvers."
        requirements.add(requirement(f, Code.EMERGENCY_CONTACTS, f.emergencyContactsKept(), f.departure(),
                f.emergencyContactsKept() ? "A phone number abroad and at least one contact at home are known."
                        : "Give your phone number abroad and at least one emergency contact at home before departure."));
        if (f.hostApproval() != HostApproval.NOT_NEEDED) {
            // A self-found practice or location "moet dan goedgekeurd worden door de coschap-coördinator".
            requirements.add(new Requirement(Code.HOST_APPROVED,
                    f.hostApproval() == HostApproval.APPROVED ? Status.MET : Status.UNMET, null,
                    switch (f.hostApproval()) {
                        case APPROVED -> "The clerkship coordinator approved the host.";
                        case REFUSED -> "The clerkship coordinator refused the host; choose an approved one.";
                        default -> "The host is not approved for this type of placement: the clerkship coordinator"
                                + " must approve it before the placement is approved.";
                    }, null, null));
        }
        if (RETURNED.contains(f.status())) {
            Entry mrsa = f.records().get(Code.MRSA_SCREENING);
            requirements.add(requirement(f, Code.MRSA_SCREENING, mrsa != null, f.nextPlacementStart(),
                    mrsa != null ? "MRSA screening result " + mrsa.result() + " recorded on " + mrsa.on() + "."
                            : "The MRSA screening result must be known before the next placement in a Dutch "
                                    + "hospital starts" + (f.nextPlacementStart() == null ? "."
                                    : " (" + f.nextPlacementStart() + ").")));
            Entry evaluation = f.records().get(Code.EVALUATION);
            requirements.add(requirement(f, Code.EVALUATION, evaluation != null, null,
                    evaluation != null ? "Evaluation recorded on " + evaluation.on() + "."
                            : "The evaluation (and KTC test) after return is still to be recorded."));
        }
        boolean readyToDepart = requirements.stream()
                .filter(r -> BEFORE_DEPARTURE.contains(r.code())).allMatch(r -> r.status() != Status.UNMET);
        boolean readyToComplete = RETURNED.contains(f.status()) && requirements.stream()
                .filter(r -> AFTER_RETURN.contains(r.code())).allMatch(r -> r.status() != Status.UNMET);
        return new Result(List.copyOf(requirements), readyToDepart, readyToComplete);
    }

    private static Requirement requirement(Facts f, Code code, boolean met, LocalDate due, String detail) {
        Entry waiver = f.waivers().get(code);
        Entry record = f.records().get(code);
        Status status = met ? Status.MET : waiver != null ? Status.WAIVED : Status.UNMET;
        String text = status == Status.WAIVED ? detail + " Waived by " + waiver.by() + ": " + waiver.reason() : detail;
        return new Requirement(code, status, due, text, waiver, record);
    }
}
