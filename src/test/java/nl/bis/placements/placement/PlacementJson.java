package nl.bis.placements.placement;

/** Request bodies for the placement tests. */
final class PlacementJson {

    private PlacementJson() {
    }

    static String placement(String type, String country, String departure, String returnDate) {
        return placement(type, country, departure, returnDate, "");
    }

    /** {@code extra} is more JSON members, starting with a comma. */
    static String placement(String type, String country, String departure, String returnDate, String extra) {
        return """
                {"placementType": "%s",
                 "destination": {"countryCode": "%s", "city": "Kumasi", "hostInstitution": "Komfo Anokye Teaching Hospital"},
                 "departureDate": "%s", "returnDate": "%s", "discipline": "Surgery"%s}"""
                .formatted(type, country, departure, returnDate, extra);
    }

    static String forStudent(String number, String extra) {
        return ", \"studentNumber\": \"%s\", \"studentName\": \"Student %s\", \"studentEmail\": \"s%s@student.example.org\"%s"
                .formatted(number, number, number, extra);
    }
}
