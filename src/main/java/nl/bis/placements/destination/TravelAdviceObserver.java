package nl.bis.placements.destination;

/**
 * Another feature that follows the travel advice, such as the messages to the students in a country whose advice
 * turned orange or red. It is told in the transaction of the change, so it can refuse by throwing and nothing is
 * written. Implementations are found by CDI, so this feature does not depend on theirs.
 */
public interface TravelAdviceObserver {

    /**
     * The advice of a destination changed from {@code from} to its current one; {@code reason} is what staff gave
     * (null: none).
     */
    void adviceChanged(DestinationEntity destination, TravelAdvice from, String reason);
}
