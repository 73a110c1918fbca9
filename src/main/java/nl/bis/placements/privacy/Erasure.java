package nl.bis.placements.privacy;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.ProblemType;

/**
 * Erasure on request (GDPR art. 17): everything of the student is anonymised at once, as retention would, unless a
 * duty to keep it still holds. What blocks it, and why:
 * <ul>
 * <li>a placement that is not closed (REGISTERED up to RETURNED): the office's duty of care while the student is
 * abroad and the placement process itself need the data; withdraw or complete the placement first;</li>
 * <li>an undecided claim (SUBMITTED), or an approved or paid claim within its retention period: a financial record
 * the faculty must keep (art. 17(3)(b));</li>
 * <li>an incident whose needle-stick follow-up is still open: medical follow-up of the student;</li>
 * <li>a seat or waitlist place at an event still to come: a pseudonym would hold it.</li>
 * </ul>
 * A partial erasure is not offered: a student asking to be forgotten is told what keeps them, not half forgotten.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Erasure {

    @Inject
    PrivacyRuns runs;

    @Inject
    Anonymiser anonymiser;

    @Inject
    RetentionConfig retention;

    @Inject
    Clock clock;

    @Transactional
    public PrivacyRunEntity erase(String studentNumber, String reason) {
        runs.lock();
        if (!known(studentNumber)) {
            throw ApiException.notFound("Student " + studentNumber);
        }
        List<String> blockers = blockers(studentNumber);
        if (!blockers.isEmpty()) {
            throw new ApiException(ProblemType.ERASURE_BLOCKED.problem(
                            "The student's data cannot be erased yet: " + String.join("; ", blockers) + ".")
                    .with("blockers", blockers));
        }
        PrivacyRuns.Tally tally = runs.start(PrivacyRunEntity.Kind.ERASURE, reason);
        tally.add(anonymiser.anonymise(studentNumber, Map.of(), "Erased on request:"));
        return runs.finish(tally);
    }

    private static boolean known(String studentNumber) {
        return ((Number) Panache.getEntityManager().createNativeQuery(
                        "select count(*) from student where student_number = :n and anonymised_at is null")
                .setParameter("n", studentNumber).getSingleResult()).intValue() > 0;
    }

    @SuppressWarnings("unchecked")
    private List<String> blockers(String studentNumber) {
        LocalDate claimsKeptAfter = LocalDate.now(clock).minus(retention.claims());
        List<String> blockers = new ArrayList<>();
        List<Object[]> open = Panache.getEntityManager().createNativeQuery("""
                        select id, status from placement where student_number = :n
                           and status in ('REGISTERED', 'INTAKE_SCHEDULED', 'APPROVED', 'ABROAD', 'RETURNED')
                         order by id""", Object[].class)
                .setParameter("n", studentNumber).getResultList();
        open.forEach(row -> blockers.add("placement " + row[0] + " is " + row[1]
                + " (withdraw or complete it first)"));
        List<Object[]> claims = Panache.getEntityManager().createNativeQuery("""
                        select id, status, (reviewed_at::date + cast(:period as interval))::date from usmle_claim
                         where student_number = :n and (status = 'SUBMITTED'
                               or status in ('APPROVED', 'PAID') and reviewed_at::date >= :after)
                         order by id""", Object[].class)
                .setParameter("n", studentNumber).setParameter("after", claimsKeptAfter)
                .setParameter("period", retention.claims().toString()).getResultList();
        claims.forEach(row -> blockers.add("USMLE claim " + row[0] + " is " + row[1] + (row[2] == null
                ? " (undecided)" : " (a financial record kept until " + row[2] + ")")));
        List<Object> incidents = Panache.getEntityManager().createNativeQuery("""
                        select i.id from incident i join placement p on p.id = i.placement_id
                         where p.student_number = :n and i.follow_up = 'OPEN' order by i.id""")
                .setParameter("n", studentNumber).getResultList();
        incidents.forEach(id -> blockers.add("incident " + id + " has an open needle-stick follow-up"));
        List<Object> signUps = Panache.getEntityManager().createNativeQuery("""
                        select r.event_id from event_registration r join preparation_event e on e.id = r.event_id
                         where r.student_number = :n and r.status in ('CONFIRMED', 'WAITLISTED')
                           and e.ends_at > :now order by r.event_id""")
                .setParameter("n", studentNumber).setParameter("now", Instants.now(clock)).getResultList();
        signUps.forEach(event -> blockers.add("signed up for preparation event " + event + " (cancel it first)"));
        return blockers;
    }
}
