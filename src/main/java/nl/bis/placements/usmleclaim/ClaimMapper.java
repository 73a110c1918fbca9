package nl.bis.placements.usmleclaim;

import nl.bis.placements.api.model.FieldChange;
import nl.bis.placements.api.model.UsmleClaim;
import nl.bis.placements.api.model.UsmleClaimHistoryEntry;
import nl.bis.placements.api.model.UsmleClaimInput;
import nl.bis.placements.api.model.UsmleClaimStatus;
import nl.bis.placements.api.model.UsmleCostKind;
import nl.bis.placements.api.model.UsmleDocumentKind;
import nl.bis.placements.api.model.UsmleLineItem;
import nl.bis.placements.api.model.UsmleStep;
import nl.bis.placements.common.Instants;

/** Between the contract's models and the claim feature's own types. */
final class ClaimMapper {

    private ClaimMapper() {
    }

    static UsmleClaimRules.Claim toClaim(UsmleClaimInput body) {
        return new UsmleClaimRules.Claim(Step.valueOf(body.getStep().name()), body.getExamDate(),
                Boolean.TRUE.equals(body.getPassed()),
                body.getLineItems().stream().map(item -> new UsmleClaimRules.Item(
                        CostKind.valueOf(item.getKind().name()), blankToNull(item.getDescription()),
                        item.getAmount(), item.getCurrency())).toList());
    }

    static UsmleClaim toApi(ClaimView view) {
        UsmleClaimEntity c = view.claim();
        return new UsmleClaim()
                .id(c.id)
                .studentNumber(c.student.studentNumber)
                .studentName(c.student.name)
                .step(UsmleStep.fromValue(c.step.name()))
                .examDate(c.examDate)
                .passed(c.passed)
                .lineItems(c.lineItems.stream().map(ClaimMapper::toApi).toList())
                .status(status(c.status))
                .missingDocuments(view.missingDocuments().stream()
                        .map(kind -> UsmleDocumentKind.fromValue(kind.name())).toList())
                .submittedAt(Instants.utc(c.submittedAt))
                .reviewedAt(Instants.utc(c.reviewedAt))
                .reviewedBy(c.reviewedBy)
                .reimbursedAmount(c.reimbursedAmount)
                .rejectionReason(c.rejectionReason)
                .paymentDate(c.paymentDate)
                .version(c.version)
                .createdBy(c.createdBy)
                .createdAt(Instants.utc(c.createdAt))
                .updatedBy(c.updatedBy)
                .updatedAt(Instants.utc(c.updatedAt));
    }

    static UsmleClaimHistoryEntry toApi(UsmleClaimHistoryEntity h) {
        return new UsmleClaimHistoryEntry()
                .id(h.id)
                .at(Instants.utc(h.changedAt))
                .by(h.changedBy)
                .action(UsmleClaimHistoryEntry.ActionEnum.fromValue(h.action.name()))
                .status(status(h.status))
                .fromStatus(status(h.fromStatus))
                .toStatus(status(h.toStatus))
                .reason(h.reason)
                .changes(h.changes.stream()
                        .map(change -> new FieldChange().field(change.field()).from(change.from()).to(change.to()))
                        .toList());
    }

    private static UsmleLineItem toApi(LineItem item) {
        return new UsmleLineItem()
                .kind(UsmleCostKind.fromValue(item.kind.name()))
                .description(item.description)
                .amount(item.amount)
                .currency(item.currency);
    }

    static UsmleClaimStatus status(ClaimStatus status) {
        return status == null ? null : UsmleClaimStatus.fromValue(status.name());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
