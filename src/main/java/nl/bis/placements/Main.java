package nl.bis.placements;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Entry point of the service. */
@QuarkusMain
public final class Main {

    /**
     * Quarkus answers a request line that java.net.URI cannot parse (a pasted {@code ?after=<next>}) with an empty
     * 400 before any route runs. With its check off, {@code HttpErrorPages} makes the same check and answers with a
     * problem. Read once, when Quarkus initialises, so it is set before {@link Quarkus#run}.
     */
    private static final String URI_CHECKED_BY_THE_ROUTER = "vertx.disableURIValidation";

    private Main() {
    }

    public static void main(String... args) {
        System.setProperty(URI_CHECKED_BY_THE_ROUTER, "true");
        Quarkus.run(args);
    }
}
