package nl.bis.placements.local;

/** Opens the demo token signer to tests in other packages. */
public final class DemoTokensAccess {

    private DemoTokensAccess() {
    }

    public static String staffToken() {
        return DemoTokens.sign("staff1");
    }
}
