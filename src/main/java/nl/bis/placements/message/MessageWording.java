package nl.bis.placements.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import nl.bis.placements.destination.TravelAdvice;
import nl.bis.placements.readiness.ReadinessCheck;

/**
 * The words of the messages that depend on the language, in plain Java: each value comes as a map with an {@code nl}
 * and an {@code en} entry, because a message is rendered in the student's language only when it is queued, and each
 * template picks its own ({@code {departure.nl}}).
 */
public final class MessageWording {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private static final DateTimeFormatter DAY_NL = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", ENGLISH);
    private static final DateTimeFormatter WEEKDAY_NL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter WEEKDAY_EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MessageWording() {
    }

    /** Both languages of one value. */
    public static Map<String, Object> both(String nl, String en) {
        return Map.of("nl", nl, "en", en);
    }

    /** A day: "6 september 2027" / "6 September 2027". */
    public static Map<String, Object> day(LocalDate day) {
        return both(DAY_NL.format(day), DAY_EN.format(day));
    }

    /**
     * When an event takes place, in the office's zone: "donderdag 4 maart 2027, 19:00–21:00" / "Thursday 4 March
     * 2027, 19:00–21:00"; an event that ends on another day names both days.
     */
    public static Map<String, Object> when(Instant start, Instant end, ZoneId zone) {
        return both(when(start, end, zone, WEEKDAY_NL), when(start, end, zone, WEEKDAY_EN));
    }

    private static String when(Instant start, Instant end, ZoneId zone, DateTimeFormatter weekday) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime until = end.atZone(zone);
        String begins = weekday.format(from) + ", " + TIME.format(from);
        return from.toLocalDate().equals(until.toLocalDate()) ? begins + "–" + TIME.format(until)
                : begins + " – " + weekday.format(until) + ", " + TIME.format(until);
    }

    /** A country's name from its ISO code ("Zuid-Afrika" / "South Africa"), and the code itself. */
    public static Map<String, Object> country(String countryCode) {
        Locale country = new Locale.Builder().setRegion(countryCode).build();
        String nl = country.getDisplayCountry(DUTCH);
        String en = country.getDisplayCountry(ENGLISH);
        return Map.of("nl", nl.isBlank() ? countryCode : nl, "en", en.isBlank() ? countryCode : en, "code", countryCode);
    }

    /** The colour of a travel advice as the ministry words it. */
    public static Map<String, Object> advice(TravelAdvice advice) {
        return switch (advice) {
            case GREEN -> both("groen", "green");
            case YELLOW -> both("geel", "yellow");
            case ORANGE -> both("oranje", "orange");
            case RED -> both("rood", "red");
        };
    }

    /** What a readiness requirement asks of the student, in their words. */
    public static Map<String, Object> requirement(ReadinessCheck.Code code) {
        return switch (code) {
            case REGISTERED_ON_TIME -> both("Aanmelding op tijd, of een late aanmelding die BIS heeft geaccepteerd",
                    "Registration on time, or a late registration accepted by the office");
            case INTAKE_DONE -> both("Intakegesprek met BIS en goedkeuring van je stage",
                    "Intake interview with the office and approval of your placement");
            case PREPARATION_MEETING -> both("Voorbereidingsbijeenkomst bijwonen",
                    "Attend a preparation meeting");
            case TRAVEL_ADVICE -> both("Reisadvies voor je bestemming: bij oranje of rood mag je niet gaan",
                    "Travel advice for your destination: orange or red forbids the journey");
            case PARENTAL_CONSENT -> both("Toestemming van een ouder of voogd (je bent bij vertrek jonger dan 18)",
                    "Consent of a parent or guardian (you are under 18 on departure)");
            case EMERGENCY_CONTACTS -> both("Je telefoonnummer in het buitenland en een noodcontact thuis",
                    "Your phone number abroad and an emergency contact at home");
            case HOST_APPROVED -> both("Goedkeuring van je stageplek door de coschap-coördinator",
                    "Approval of your host by the clerkship coordinator");
            case MRSA_SCREENING -> both("MRSA-screening", "MRSA screening");
            case EVALUATION -> both("Evaluatie", "Evaluation");
        };
    }
}
