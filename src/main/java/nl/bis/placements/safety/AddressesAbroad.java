package nl.bis.placements.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.bis.placements.accesslog.AccessLog;
import nl.bis.placements.accesslog.SensitiveResource;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.ETags;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.common.Roles;
import nl.bis.placements.placement.PlacementChanges;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementHistoryEntity.Action;
import nl.bis.placements.placement.PlacementQueries;
import nl.bis.placements.placement.PlacementStatus;

/**
 * The address where the student lives during a placement: the student gives it for their own placements, staff for
 * any; coordinators do not reach it. A change is recorded in the placement's history (and so in the change feed) as
 * {@code ADDRESS_ABROAD_CHANGED}, without the address: coordinators read the history and KL-app the feed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AddressesAbroad {

    /** Ahead of departure or abroad: the address can still be given. */
    private static final Set<PlacementStatus> EDITABLE = EnumSet.of(PlacementStatus.REGISTERED,
            PlacementStatus.INTAKE_SCHEDULED, PlacementStatus.APPROVED, PlacementStatus.ABROAD);

    /** An address as given, before it is checked. */
    public record Address(String addressLine1, String addressLine2, String postalCode, String city) {
    }

    public record View(AddressAbroadEntity address, String countryCode) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    PlacementQueries placements;

    @Inject
    PlacementChanges changes;

    @Inject
    AccessLog accessLog;

    /** The address of a placement the caller reaches; staff's read is logged. */
    @Transactional
    public View get(long placementId) {
        PlacementEntity placement = reachable(placements.get(placementId));
        AddressAbroadEntity address = AddressAbroadEntity.findById(placementId);
        if (address == null) {
            throw new ApiException(ProblemType.NOT_FOUND,
                    "No address abroad was given for placement " + placementId + " yet.");
        }
        accessLog.record(SensitiveResource.ADDRESS_ABROAD, placement.student.studentNumber,
                String.valueOf(placement.id), placement.id);
        return new View(address, placement.countryCode);
    }

    /** Gives or replaces the address; the placement is locked so that two changes are recorded one after the other. */
    @Transactional
    public View replace(long placementId, Address given, String ifMatch) {
        PlacementEntity placement = reachable(placements.lockedForChange(placementId));
        AddressAbroadEntity address = AddressAbroadEntity.findById(placementId);
        if (ifMatch != null && !ifMatch.isBlank()) {
            if (address == null) {
                throw new ApiException(ProblemType.PRECONDITION_FAILED, "No address abroad was given for placement "
                        + placementId + " yet, so If-Match matches nothing; send the first one without If-Match.");
            }
            ETags.requireMatch(ifMatch, address.version);
        }
        if (!EDITABLE.contains(placement.status)) {
            throw new ApiException(ProblemType.ADDRESS_NOT_EDITABLE, "Placement " + placementId + " is "
                    + placement.status + "; its address abroad can no longer be changed.");
        }
        Address cleaned = new Address(ContactRules.required("addressLine1", given.addressLine1()),
                ContactRules.optional(given.addressLine2()), ContactRules.optional(given.postalCode()),
                ContactRules.required("city", given.city()));
        boolean first = address == null;
        if (first) {
            address = new AddressAbroadEntity();
            address.placementId = placement.id;
            apply(address, cleaned);
            audit.created(address);
            address.persist();
        } else if (!cleaned.equals(new Address(address.addressLine1, address.addressLine2, address.postalCode,
                address.city))) {
            apply(address, cleaned);
            audit.updated(address);
        } else {
            return new View(address, placement.countryCode);
        }
        changes.recordFor(placement, Action.ADDRESS_ABROAD_CHANGED,
                first ? "The address abroad was given." : "The address abroad was changed.", List.of());
        address.flush();
        return new View(address, placement.countryCode);
    }

    /** Staff and the student themself; anyone else who may see the placement (a coordinator) is refused. */
    private PlacementEntity reachable(PlacementEntity placement) {
        if (!currentUser.hasRole(Roles.STAFF) && !currentUser.owns(placement.student.studentNumber)) {
            throw ApiException.forbidden("Only the student and staff reach the address abroad of placement "
                    + placement.id + ".");
        }
        return placement;
    }

    private static void apply(AddressAbroadEntity address, Address cleaned) {
        address.addressLine1 = cleaned.addressLine1();
        address.addressLine2 = cleaned.addressLine2();
        address.postalCode = cleaned.postalCode();
        address.city = cleaned.city();
    }
}
