package nl.bis.placements;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import nl.bis.placements.local.DemoTokens;
import nl.bis.placements.local.LocalDatabase;

/**
 * Entry point. In the {@code local} profile an embedded PostgreSQL is started before Quarkus boots, so that
 * Flyway finds its database; with the argument {@code demo-token <user>} it only prints a demo token.
 */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        if (args.length > 0 && DemoTokens.COMMAND.equals(args[0])) {
            System.exit(DemoTokens.run(args));
        }
        if (LocalDatabase.isRequested()) {
            LocalDatabase.start();
        }
        Quarkus.run(args);
    }
}
