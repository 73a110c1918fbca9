package nl.bis.placements.klapp;

/** KL-app request bodies shared with tests in other packages. */
public final class KlAppIntegrationTestBodies {

    private KlAppIntegrationTestBodies() {
    }

    /** A research internship registered in KL-app on 1 March 2027, departing 6 September 2027. */
    public static String onTime(String studentNumber) {
        return KlAppIntegrationTest.registration(studentNumber, "2027-09-06", "2028-01-10", "2027-03-01T09:15:00+01:00");
    }
}
