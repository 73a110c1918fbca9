package nl.bis.placements.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.CurrentUser;
import org.hibernate.Hibernate;
import org.hibernate.Session;

/** Reading placements: one the caller may see, its history, the one from a KL-app id, a student's next ones. */
@ApplicationScoped
public class PlacementQueries {

    @Inject
    CurrentUser currentUser;

    @Inject
    PlacementMerge merge;

    @Inject
    Session session;

    /**
     * A placement the caller may see, as it is answered: one indexed select of the placement and its student, no
     * managed entities and no transaction (a read that only answers needs neither).
     */
    public PlacementView view(long id) {
        PlacementView placement = session.createSelectionQuery(PlacementView.SELECT + " where p.id = :id",
                        PlacementView.class)
                .setParameter("id", id)
                .setReadOnly(true)
                .getSingleResultOrNull();
        if (placement == null || !currentUser.maySee(placement.studentNumber())) {
            throw ApiException.notFound("Placement " + id);
        }
        return placement;
    }

    /** A placement the caller may see: a student only their own; anything else is "not found". */
    public PlacementEntity get(long id) {
        return accessible(id, LockModeType.NONE);
    }

    public List<PlacementHistoryEntity> history(long id) {
        accessible(id, LockModeType.NONE);
        return PlacementHistoryEntity.of(id);
    }

    /** The placement that came from a KL-app registration, if any. */
    public java.util.Optional<PlacementEntity> byKlAppId(String klAppId) {
        java.util.Optional<PlacementEntity> placement = PlacementEntity.byKlAppId(klAppId);
        placement.ifPresent(p -> Hibernate.initialize(p.student));
        return placement;
    }

    public PlacementDraft draftOf(PlacementEntity placement) {
        return merge.draftOf(placement);
    }

    /** Placements of a student departing after a date, earliest first (the next one's start is a due date). */
    public List<PlacementEntity> activeAfter(String studentNumber, LocalDate after) {
        return PlacementEntity.activeAfter(studentNumber, after);
    }

    /** A placement the caller may see, locked until the transaction ends, for a change another feature makes. */
    public PlacementEntity lockedForChange(long id) {
        return accessible(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Placements whose student is abroad on a date, with their students (see {@link PlacementEntity#abroadOn}). */
    public List<PlacementEntity> abroadOn(LocalDate on, java.util.Collection<String> countryCodes) {
        return PlacementEntity.abroadOn(on, countryCodes);
    }

    /** How many placements in a country have their student abroad on a date. */
    public long countAbroadOn(String countryCode, LocalDate on) {
        return PlacementEntity.countAbroadOn(countryCode, on);
    }

    PlacementEntity accessible(long id, LockModeType lock) {
        PlacementEntity placement = lock == LockModeType.NONE
                ? PlacementEntity.withStudent(id)
                : PlacementEntity.findById(id, lock);
        if (placement == null || !currentUser.maySee(placement.student.studentNumber)) {
            throw ApiException.notFound("Placement " + id);
        }
        Hibernate.initialize(placement.student); // the resource maps it after the transaction has ended
        return placement;
    }
}
