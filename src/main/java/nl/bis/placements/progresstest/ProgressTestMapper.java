package nl.bis.placements.progresstest;

import nl.bis.placements.api.model.ExemptionStatus;
import nl.bis.placements.api.model.PlacementTypeCode;
import nl.bis.placements.api.model.ProgressTest;
import nl.bis.placements.api.model.ProgressTestConflict;
import nl.bis.placements.api.model.ProgressTestExemption;
import nl.bis.placements.api.model.ProgressTestInput;
import nl.bis.placements.common.Instants;
import nl.bis.placements.placement.PlacementEntity;

/** Between the generated models and the progress-test entities. */
final class ProgressTestMapper {

    private ProgressTestMapper() {
    }

    static ProgressTests.Input toInput(ProgressTestInput body) {
        return new ProgressTests.Input(body.getTestDate(), body.getName());
    }

    static ProgressTest toApi(ProgressTestEntity t) {
        return new ProgressTest()
                .id(t.id)
                .testDate(t.testDate)
                .name(t.name)
                .version(t.version)
                .createdBy(t.createdBy)
                .createdAt(Instants.utc(t.createdAt))
                .updatedBy(t.updatedBy)
                .updatedAt(Instants.utc(t.updatedAt));
    }

    static ProgressTestConflict toApi(Exemptions.ConflictView view) {
        ConflictEntity c = view.conflict();
        return new ProgressTestConflict()
                .id(c.id)
                .placementId(c.placement.id)
                .progressTestId(c.progressTest.id)
                .testDate(c.progressTest.testDate)
                .testName(c.progressTest.name)
                .active(c.active)
                .startedAt(Instants.utc(c.startedAt))
                .endedAt(Instants.utc(c.endedAt))
                .exemption(view.exemption() == null ? null : toApi(view.exemption()));
    }

    static ProgressTestExemption toApi(ExemptionEntity e) {
        PlacementEntity p = e.conflict.placement;
        ProgressTestEntity t = e.conflict.progressTest;
        return new ProgressTestExemption()
                .id(e.id)
                .placementId(p.id)
                .progressTestId(t.id)
                .testDate(t.testDate)
                .testName(t.name)
                .studentNumber(p.student.studentNumber)
                .studentName(p.student.name)
                .placementType(PlacementTypeCode.fromValue(p.placementType))
                .countryCode(p.countryCode)
                .departureDate(p.departureDate)
                .returnDate(p.returnDate)
                .status(ExemptionStatus.fromValue(e.status.name()))
                .conflictActive(e.conflict.active)
                .requestedBy(e.requestedBy)
                .requestedAt(Instants.utc(e.requestedAt))
                .decidedBy(e.decidedBy)
                .decidedAt(Instants.utc(e.decidedAt))
                .refusalReason(e.refusalReason)
                .version(e.version);
    }

}
