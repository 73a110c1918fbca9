package nl.bis.placements.destination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.ETags;
import nl.bis.placements.common.Instants;
import nl.bis.placements.placement.PlacementChanges;
import nl.bis.placements.placement.PlacementQueries;

/** Countries, their classification for the preparation rule, and the travel advice staff keep current. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DestinationService {

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlacementChanges placements;

    @Inject
    PlacementQueries queries;

    @Inject
    jakarta.enterprise.inject.Instance<TravelAdviceObserver> observers;

    public List<DestinationEntity> list(String region, Boolean requiresPreparationMeeting, TravelAdvice travelAdvice) {
        return DestinationEntity.search(region, requiresPreparationMeeting, travelAdvice);
    }

    public DestinationEntity get(String countryCode) {
        return DestinationEntity.<DestinationEntity>findByIdOptional(countryCode)
                .orElseThrow(() -> ApiException.notFound("Destination " + countryCode));
    }

    public List<TravelAdviceChangeEntity> history(String countryCode) {
        get(countryCode);
        return TravelAdviceChangeEntity.of(countryCode);
    }

    /** How many students are abroad in a country today (the office's first question when its advice turns red). */
    public record AbroadToday(LocalDate on, long students) {
    }

    public AbroadToday abroadToday(String countryCode) {
        LocalDate today = LocalDate.now(clock);
        return new AbroadToday(today, queries.countAbroadOn(countryCode, today));
    }

    /**
     * Sets the advice. Setting ORANGE or RED flags every APPROVED or ABROAD placement in the country for review, in
     * the same transaction ("reizen naar gebieden met een oranje of rood reisadvies" are not allowed).
     */
    @Transactional
    public DestinationEntity setTravelAdvice(String countryCode, TravelAdvice advice, String reason, String ifMatch) {
        DestinationEntity destination = DestinationEntity.<DestinationEntity>findByIdOptional(countryCode,
                LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ApiException.notFound("Destination " + countryCode));
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, destination.version);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        int flagged = 0;
        if (advice.forbidsStudyTravel()) {
            flagged = placements.flagForReview(countryCode, "Travel advice for " + destination.nameEn + " is now "
                    + advice + (why == null ? "" : ": " + why));
        }
        if (advice == destination.travelAdvice && flagged == 0) {
            return destination;
        }
        TravelAdviceChangeEntity change = new TravelAdviceChangeEntity();
        change.countryCode = countryCode;
        change.fromAdvice = destination.travelAdvice;
        change.toAdvice = advice;
        change.reason = why;
        change.flaggedPlacements = flagged;
        change.changedAt = Instants.now(clock);
        change.changedBy = currentUser.name();
        change.persist();
        destination.travelAdvice = advice;
        destination.travelAdviceChangedAt = change.changedAt;
        destination.travelAdviceChangedBy = change.changedBy;
        if (change.fromAdvice != advice) {
            observers.forEach(observer -> observer.adviceChanged(destination, change.fromAdvice, why));
        }
        destination.flush();
        return destination;
    }
}
