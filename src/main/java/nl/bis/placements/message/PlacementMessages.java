package nl.bis.placements.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import nl.bis.placements.placement.DetailsObserver;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementStatus;

/**
 * The messages about a student's own placement, queued in the transaction of the change: the registration received
 * (with the invitation to the intake), a late registration accepted by staff, and the decisions: approved, rejected
 * with the reason, withdrawn. KL-app's registrations pass the same registration, so they get the same messages.
 */
@ApplicationScoped
public class PlacementMessages implements DetailsObserver {

    @Inject
    Outbox outbox;

    @Inject
    MessageData data;

    @Override
    public void registered(PlacementEntity placement) {
        outbox.toStudent(MessageKind.REGISTRATION_RECEIVED, placement.student.studentNumber,
                MessageRefs.placement(placement.id), data.registration(placement), null);
    }

    /**
     * Only staff register a placement after its cutoff, with a reason, at registration or later by a change; the
     * student hears of it once per placement.
     */
    @Override
    public void detailsSet(PlacementEntity placement) {
        if (!placement.late || placement.lateReason == null) {
            return;
        }
        Map<String, Object> values = data.about(placement);
        values.put("lateReason", placement.lateReason);
        values.put("cutoff", placement.registrationCutoff == null ? MessageWording.both("", "")
                : MessageWording.day(placement.registrationCutoff));
        outbox.toStudent(MessageKind.LATE_REGISTRATION_ACCEPTED, placement.student.studentNumber,
                MessageRefs.placement(placement.id), values, "late-accepted:placement:" + placement.id);
    }

    @Override
    public void statusChanged(PlacementEntity placement, PlacementStatus from, String reason) {
        MessageKind kind = switch (placement.status) {
            case APPROVED -> MessageKind.PLACEMENT_APPROVED;
            case REJECTED -> MessageKind.PLACEMENT_REJECTED;
            case WITHDRAWN -> MessageKind.PLACEMENT_WITHDRAWN;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        Map<String, Object> values = data.about(placement);
        values.put("reason", reason);
        outbox.toStudent(kind, placement.student.studentNumber, MessageRefs.placement(placement.id), values, null);
    }
}
