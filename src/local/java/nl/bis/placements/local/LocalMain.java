package nl.bis.placements.local;

import io.quarkus.runtime.annotations.QuarkusMain;
import nl.bis.placements.Main;

/**
 * Entry point of the local build ({@code bin/run}, Maven profile {@code local}): in the {@code local} profile an
 * embedded PostgreSQL is started before Quarkus boots, so that Flyway finds its database; with the argument
 * {@code demo-token <user>} it only prints a demo token. The production build does not contain this class.
 */
@QuarkusMain(name = LocalMain.NAME)
public final class LocalMain {

    /** The name the local build selects with {@code quarkus.package.main-class}. */
    static final String NAME = "local";

    private LocalMain() {
    }

    public static void main(String... args) {
        if (args.length > 0 && DemoTokens.COMMAND.equals(args[0])) {
            System.exit(DemoTokens.run(args));
        }
        if (LocalDatabase.isRequested()) {
            LocalDatabase.start();
        }
        Main.main(args);
    }
}
