package nl.bis.placements.local;

/** Opens the package-private profile check of {@link LocalDatabase} to tests in other packages. */
public final class LocalDatabaseAccess {

    private LocalDatabaseAccess() {
    }

    public static boolean isRequested(String profile) {
        return LocalDatabase.isRequested(profile);
    }
}
