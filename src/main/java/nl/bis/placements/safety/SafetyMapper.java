package nl.bis.placements.safety;

import java.util.List;
import nl.bis.placements.api.model.AbroadList;
import nl.bis.placements.api.model.AbroadPlacement;
import nl.bis.placements.api.model.AddressAbroad;
import nl.bis.placements.api.model.EmergencyContact;
import nl.bis.placements.api.model.EmergencyContacts;
import nl.bis.placements.api.model.EmergencyContactsInput;
import nl.bis.placements.api.model.PlacementStatus;
import nl.bis.placements.api.model.PlacementTypeCode;
import nl.bis.placements.api.model.Region;
import nl.bis.placements.api.model.TravelAdvice;
import nl.bis.placements.common.Instants;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.safety.EmergencyContactsEntity.Contact;

/** Between the contract's models and what the safety services keep. */
final class SafetyMapper {

    private SafetyMapper() {
    }

    static List<Contact> toContacts(EmergencyContactsInput body) {
        return body.getContacts().stream()
                .map(c -> new Contact(c.getName(), c.getRelation(), c.getPhone(), c.getEmail())).toList();
    }

    static EmergencyContacts toApi(EmergencyContactsService.View view) {
        EmergencyContactsEntity kept = view.kept();
        EmergencyContacts api = new EmergencyContacts()
                .studentNumber(view.studentNumber())
                .contacts(contacts(kept))
                .complete(view.complete());
        if (kept != null) {
            api.phoneAbroad(kept.phoneAbroad).version(kept.version).updatedBy(kept.updatedBy)
                    .updatedAt(Instants.utc(kept.updatedAt));
        }
        return api;
    }

    static AddressAbroad toApi(AddressAbroadEntity address, String countryCode) {
        return new AddressAbroad()
                .placementId(address.placementId)
                .addressLine1(address.addressLine1)
                .addressLine2(address.addressLine2)
                .postalCode(address.postalCode)
                .city(address.city)
                .countryCode(countryCode)
                .version(address.version)
                .updatedBy(address.updatedBy)
                .updatedAt(Instants.utc(address.updatedAt));
    }

    static AbroadList toApi(StudentsAbroad.Result result) {
        return new AbroadList()
                .on(result.on())
                .countryCode(result.countryCode())
                .region(result.region() == null ? null : Region.fromValue(result.region()))
                .count(result.entries().size())
                .items(result.entries().stream().map(SafetyMapper::toApi).toList());
    }

    static AbroadPlacement toApi(StudentsAbroad.Entry entry) {
        PlacementEntity p = entry.placement();
        return new AbroadPlacement()
                .placementId(p.id)
                .placementType(PlacementTypeCode.fromValue(p.placementType))
                .status(PlacementStatus.fromValue(p.status.name()))
                .departureDate(p.departureDate)
                .returnDate(p.returnDate)
                .studentNumber(p.student.studentNumber)
                .studentName(p.student.name)
                .studentEmail(p.student.email)
                .hostInstitution(p.hostInstitution)
                .city(p.city)
                .countryCode(p.countryCode)
                .countryName(entry.destination().nameEn)
                .region(Region.fromValue(entry.destination().region))
                .travelAdvice(TravelAdvice.fromValue(entry.destination().travelAdvice.name()))
                .flaggedForReview(p.flaggedForReview)
                .addressAbroad(entry.address() == null ? null : toApi(entry.address(), p.countryCode))
                .phoneAbroad(entry.contacts() == null ? null : entry.contacts().phoneAbroad)
                .emergencyContacts(contacts(entry.contacts()));
    }

    private static List<EmergencyContact> contacts(EmergencyContactsEntity kept) {
        return kept == null ? List.of() : kept.contacts.stream().map(c -> new EmergencyContact()
                .name(c.name()).relation(c.relation()).phone(c.phone()).email(c.email())).toList();
    }

}
