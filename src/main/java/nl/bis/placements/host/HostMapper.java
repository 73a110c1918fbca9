package nl.bis.placements.host;

import nl.bis.placements.api.model.Host;
import nl.bis.placements.api.model.HostApproval;
import nl.bis.placements.api.model.HostApprovalStatus;
import nl.bis.placements.api.model.HostInput;
import nl.bis.placements.api.model.PlacementTypeCode;
import nl.bis.placements.common.Instants;
import nl.bis.placements.placement.PlacementEntity;

/** Between the generated models of the register and approvals and their entities. */
final class HostMapper {

    private HostMapper() {
    }

    static Host toApi(HostEntity h) {
        return new Host()
                .id(h.id)
                .name(h.name)
                .city(h.city)
                .countryCode(h.countryCode)
                .placementTypes(h.placementTypes.stream().map(PlacementTypeCode::fromValue).toList())
                .contactName(h.contactName)
                .contactEmail(h.contactEmail)
                .contactPhone(h.contactPhone)
                .notes(h.notes)
                .active(h.active)
                .version(h.version)
                .createdBy(h.createdBy)
                .createdAt(Instants.utc(h.createdAt))
                .updatedBy(h.updatedBy)
                .updatedAt(Instants.utc(h.updatedAt));
    }

    static HostRegister.Input toInput(HostInput in) {
        return new HostRegister.Input(in.getName(), in.getCity(), in.getCountryCode(),
                in.getPlacementTypes().stream().map(PlacementTypeCode::toString).toList(),
                new HostRegister.Contact(in.getContactName(), in.getContactEmail(), in.getContactPhone()),
                in.getNotes(), in.getActive() == null || in.getActive());
    }

    /** A placement's approval: only the placement and NOT_NEEDED when none is in force. */
    static HostApproval toApi(long placementId, HostApprovalEntity a, PlacementEntity placement) {
        if (a == null) {
            return new HostApproval().placementId(placementId).status(HostApprovalStatus.NOT_NEEDED);
        }
        return new HostApproval()
                .placementId(a.placementId)
                .status(HostApprovalStatus.fromValue(a.status.name()))
                .id(a.id)
                .hostName(a.hostName)
                .city(a.city)
                .countryCode(a.countryCode)
                .placementType(PlacementTypeCode.fromValue(a.placementType))
                .studentNumber(placement.student.studentNumber)
                .studentName(placement.student.name)
                .departureDate(placement.departureDate)
                .requestedAt(Instants.utc(a.createdAt))
                .reason(a.reason)
                .decidedBy(a.decidedBy)
                .decidedAt(Instants.utc(a.decidedAt))
                .hostId(a.hostId);
    }

}
