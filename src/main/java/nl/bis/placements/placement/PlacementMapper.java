package nl.bis.placements.placement;

import nl.bis.placements.api.model.Destination;
import nl.bis.placements.api.model.FieldChange;
import nl.bis.placements.api.model.HistoryEntry;
import nl.bis.placements.api.model.NewPlacement;
import nl.bis.placements.api.model.Placement;
import nl.bis.placements.api.model.PlacementChangeKind;
import nl.bis.placements.api.model.PlacementTypeCode;
import nl.bis.placements.common.Instants;
import nl.bis.placements.deadline.RulesInForce;

/** Between the contract's models and the placement feature's own types. */
final class PlacementMapper {

    private PlacementMapper() {
    }

    static PlacementDraft toDraft(NewPlacement body) {
        Destination destination = body.getDestination();
        return new PlacementDraft(body.getPlacementType().toString(),
                new PlacementDraft.Destination(destination.getCountryCode(), destination.getCity(),
                        destination.getHostInstitution()),
                body.getDepartureDate(), body.getReturnDate(), blankToNull(body.getDiscipline()),
                Boolean.TRUE.equals(body.getExtraCurricular()), blankToNull(body.getNotes()), body.getBirthDate(),
                Boolean.TRUE.equals(body.getParentalConsent()), body.getStudentNumber(),
                blankToNull(body.getStudentName()), blankToNull(body.getStudentEmail()),
                blankToNull(body.getLateReason()));
    }

    static Placement toApi(PlacementEntity p, String leadTime) {
        return toApi(PlacementView.of(p), leadTime);
    }

    static Placement toApi(PlacementView p, String leadTime) {
        return new Placement()
                .id(p.id())
                .studentNumber(p.studentNumber())
                .studentName(p.studentName())
                .studentEmail(p.studentEmail())
                .placementType(PlacementTypeCode.fromValue(p.placementType()))
                .destination(new Destination().countryCode(p.countryCode()).city(p.city())
                        .hostInstitution(p.hostInstitution()))
                .departureDate(p.departureDate())
                .returnDate(p.returnDate())
                .durationWeeks(p.durationWeeks())
                .discipline(p.discipline())
                .extraCurricular(p.extraCurricular())
                .notes(p.notes())
                .birthDate(p.birthDate())
                .parentalConsent(p.parentalConsent())
                .status(nl.bis.placements.api.model.PlacementStatus.fromValue(p.status().name()))
                .registeredAt(Instants.utc(p.registeredAt()))
                .registrationCutoff(p.registrationCutoff())
                .ruleId(p.registrationRuleId())
                .leadTime(leadTime)
                .late(p.late())
                .lateReason(p.lateReason())
                .flaggedForReview(p.flaggedForReview())
                .version(p.version())
                .createdBy(p.createdBy())
                .createdAt(Instants.utc(p.createdAt()))
                .updatedBy(p.updatedBy())
                .updatedAt(Instants.utc(p.updatedAt()));
    }

    static HistoryEntry toApi(PlacementHistoryEntity h) {
        return new HistoryEntry()
                .id(h.id)
                .at(Instants.utc(h.changedAt))
                .by(h.changedBy)
                .action(PlacementChangeKind.fromValue(h.action.name()))
                .fromStatus(h.fromStatus == null ? null
                        : nl.bis.placements.api.model.PlacementStatus.fromValue(h.fromStatus.name()))
                .toStatus(h.toStatus == null ? null
                        : nl.bis.placements.api.model.PlacementStatus.fromValue(h.toStatus.name()))
                .reason(h.reason)
                .changes(h.changes.stream()
                        .map(c -> new FieldChange().field(c.field()).from(c.from()).to(c.to()))
                        .toList());
    }

    static String leadTimeOf(PlacementView p, RulesInForce rules) {
        return p.registrationRuleId() == null ? null : rules.appliedLeadTime(p.registrationRuleId());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
