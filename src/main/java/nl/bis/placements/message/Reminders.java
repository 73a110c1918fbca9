package nl.bis.placements.message;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bis.placements.checklist.ChecklistItemEntity;
import nl.bis.placements.common.PlacementsConfig;
import nl.bis.placements.placement.PlacementEntity;
import nl.bis.placements.placement.PlacementStatus;
import nl.bis.placements.preparation.EventRegistrationEntity;
import nl.bis.placements.preparation.PreparationEventEntity;
import nl.bis.placements.preparation.SeatStatus;
import nl.bis.placements.readiness.ReadinessCheck;
import nl.bis.placements.readiness.ReadinessService;
import org.jboss.logging.Logger;

/**
 * The daily reminders (cron {@code placements.reminders.cron}): a preparation event two days ahead, the
 * readiness 30 and 7 days before departure while something is unmet, and after return the MRSA screening and the
 * evaluation.
 * Each reminder has a dedupKey, so a second run on the same day, a run on another instance or a run after a missed
 * day queues nothing twice; each window reaches a little back, so a day the job did not run is caught up. Students
 * who opted out of reminders get none ({@link Outbox}).
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    /** Placements that are still to depart. */
    static final Set<PlacementStatus> BEFORE_DEPARTURE = EnumSet.of(PlacementStatus.REGISTERED,
            PlacementStatus.INTAKE_SCHEDULED, PlacementStatus.APPROVED);
    /** Placements whose student is back (or due back) and that are not closed yet. */
    static final Set<PlacementStatus> AFTER_RETURN = EnumSet.of(PlacementStatus.ABROAD, PlacementStatus.RETURNED);
    /** What one run queued. */
    public record Run(int eventReminders, int readinessReminders, int returnReminders) {
    }

    @Inject
    Outbox outbox;

    @Inject
    MessageData data;

    @Inject
    ReadinessService readiness;

    @Inject
    PlacementsConfig config;

    @Inject
    RemindersConfig settings;

    @Inject
    Clock clock;

    @Scheduled(identity = "daily-reminders", cron = "${placements.reminders.cron}", timeZone = "${placements.zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        Run run = run();
        LOG.infof("Reminders queued: %d for events, %d for readiness, %d after return", run.eventReminders(),
                run.readinessReminders(), run.returnReminders());
    }

    /** Queues today's reminders, each kind in a transaction of its own. */
    @ActivateRequestContext
    public Run run() {
        LocalDate today = LocalDate.now(clock);
        return new Run(QuarkusTransaction.requiringNew().call(() -> eventReminders(today)),
                QuarkusTransaction.requiringNew().call(() -> readinessReminders(today)),
                QuarkusTransaction.requiringNew().call(() -> returnReminders(today)));
    }

    /** Everyone with a seat at an event that starts the day after tomorrow (or tomorrow, when a run was missed). */
    int eventReminders(LocalDate today) {
        int queued = 0;
        for (PreparationEventEntity event : PreparationEventEntity.search(null,
                today.plusDays(1).atStartOfDay(config.zone()).toInstant(),
                today.plusDays(3).atStartOfDay(config.zone()).toInstant(), PreparationEventEntity.Cancelled.LEFT_OUT)) {
            Map<String, Object> about = data.about(event);
            for (EventRegistrationEntity registration : EventRegistrationEntity.ofEvent(event.id)) {
                // A moved event is a new date to be reminded of.
                if (registration.status == SeatStatus.CONFIRMED && outbox.toStudent(MessageKind.EVENT_REMINDER,
                        registration.studentNumber, MessageRefs.event(event.id), about,
                        "event-reminder:event:" + event.id + ":" + event.startsAt.getEpochSecond() + ":student:"
                                + registration.studentNumber)) {
                    queued++;
                }
            }
        }
        return queued;
    }

    /**
     * Placements departing in 8 to 30 days get the 30-day reminder, in 1 to 7 days the 7-day one, each once per
     * departure date, and only while a requirement or blocking checklist item is still open.
     */
    int readinessReminders(LocalDate today) {
        int queued = 0;
        for (PlacementEntity placement : PlacementEntity.departingBetween(today.plusDays(1), today.plusDays(30),
                BEFORE_DEPARTURE)) {
            long days = ChronoUnit.DAYS.between(today, placement.departureDate);
            String dedupKey = "readiness-" + (days > 7 ? 30 : 7) + ":placement:" + placement.id + ":"
                    + placement.departureDate;
            if (outbox.queued(dedupKey)) {
                continue;
            }
            List<Map<String, Object>> unmet = unmetBeforeDeparture(placement);
            if (unmet.isEmpty()) {
                continue;
            }
            Map<String, Object> values = data.about(placement);
            values.put("days", days);
            values.put("unmet", unmet);
            if (outbox.toStudent(MessageKind.READINESS_REMINDER, placement.student.studentNumber,
                    MessageRefs.placement(placement.id), values, dedupKey)) {
                queued++;
            }
        }
        return queued;
    }

    /** Placements back since yesterday (up to the catch-up days) whose MRSA screening or evaluation is not recorded. */
    int returnReminders(LocalDate today) {
        int queued = 0;
        for (PlacementEntity placement : PlacementEntity.returningBetween(today.minusDays(settings.returnCatchUpDays()),
                today.minusDays(1), AFTER_RETURN)) {
            String dedupKey = "return:placement:" + placement.id;
            if (outbox.queued(dedupKey)) {
                continue;
            }
            List<ReadinessCheck.Code> settled = readiness.gate(placement).result().requirements().stream()
                    .filter(requirement -> requirement.status() != ReadinessCheck.Status.UNMET)
                    .map(ReadinessCheck.Requirement::code).toList();
            boolean mrsa = !settled.contains(ReadinessCheck.Code.MRSA_SCREENING);
            boolean evaluation = !settled.contains(ReadinessCheck.Code.EVALUATION);
            if (!mrsa && !evaluation) {
                continue;
            }
            Map<String, Object> values = data.about(placement);
            values.put("mrsa", mrsa);
            values.put("evaluation", evaluation);
            if (outbox.toStudent(MessageKind.RETURN_REMINDER, placement.student.studentNumber,
                    MessageRefs.placement(placement.id), values, dedupKey)) {
                queued++;
            }
        }
        return queued;
    }

    /** The unmet departure requirements and the unsettled blocking checklist items, in the student's words. */
    private List<Map<String, Object>> unmetBeforeDeparture(PlacementEntity placement) {
        ReadinessService.View view = readiness.gate(placement);
        List<Map<String, Object>> unmet = new ArrayList<>();
        view.result().unmet(ReadinessCheck.BEFORE_DEPARTURE).forEach(code -> unmet.add(MessageWording.requirement(code)));
        List<String> items = view.unsettled(PlacementStatus.ABROAD);
        for (ChecklistItemEntity item : view.checklistItems()) {
            if (items.contains(item.template.code)) {
                unmet.add(MessageWording.both(item.template.title, item.template.title));
            }
        }
        return unmet;
    }
}
