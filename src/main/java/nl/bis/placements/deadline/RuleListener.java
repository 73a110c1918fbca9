package nl.bis.placements.deadline;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;

/**
 * Keeps {@link RulesInForce} current on this instance. One connection of its own (not one of the pool, which serves
 * requests) LISTENs on the channel that a trigger on {@code deadline_rule} notifies at the commit of every change
 * (V18), and each notification loads the rules again. A lost connection is opened again with a growing pause, and the
 * rules are loaded again once it listens, since notifications sent meanwhile were missed; until then the last
 * snapshot keeps answering.
 */
@ApplicationScoped
class RuleListener {

    static final String CHANNEL = "deadline_rules_changed";
    /** How the listening connection shows in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "placements-rule-listener";

    private static final Logger LOG = Logger.getLogger(RuleListener.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    /** How long one wait for notifications lasts before the connection is checked (a half-open one stays quiet). */
    private static final int WAIT_MILLIS = 15_000;
    private static final int CHECK_SECONDS = 5;
    private static final String ADDITIONAL_PROPERTIES = "quarkus.datasource.jdbc.additional-jdbc-properties.";

    @Inject
    RulesInForce rules;

    @Inject
    Config config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private volatile Connection connection;
    /** {@link System#nanoTime()} when the connection was lost; null while listening (or still starting). */
    private volatile Long lostAt;
    private Thread thread;

    /** The first snapshot is there before the first request; without the database the start fails, as Flyway's does. */
    void start(@Observes StartupEvent event) {
        rules.reload();
        running = true;
        thread = Thread.ofPlatform().name("deadline-rule-listener").daemon().start(this::listen);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            closeQuietly(connection);
            thread.join(Duration.ofSeconds(5));
        }
    }

    /** How long the listener has been without its connection; zero while it listens. */
    Duration away() {
        Long since = lostAt;
        return since == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since);
    }

    private void listen() {
        Duration pause = FIRST_PAUSE;
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                rules.reload();
                if (lostAt != null) {
                    LOG.infof("Listening for deadline rule changes again after %d ms; rules loaded again",
                            away().toMillis());
                    lostAt = null;
                }
                pause = FIRST_PAUSE;
                awaitChanges(listening);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (lostAt == null) {
                    lostAt = System.nanoTime();
                    LOG.warnf("Lost the connection that listens for deadline rule changes (%s); the calculator "
                            + "answers from the rules last loaded until it is back", e.getMessage());
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = pause.multipliedBy(2);
                if (pause.compareTo(LONGEST_PAUSE) > 0) {
                    pause = LONGEST_PAUSE;
                }
            } finally {
                connection = null;
            }
        }
    }

    /** Returns only by an exception (a lost connection) or when the service stops. */
    private void awaitChanges(Connection listening) throws SQLException {
        PGConnection notifications = listening.unwrap(PGConnection.class);
        while (running) {
            var received = notifications.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                rules.reload();
            } else if (!listening.isValid(CHECK_SECONDS)) {
                throw new SQLException("the connection no longer answers");
            }
        }
    }

    /** Opened like the pool's connections (URL, account, additional JDBC properties such as TLS), named for itself. */
    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "2");
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(ADDITIONAL_PROPERTIES)) {
                config.getOptionalValue(name, String.class).ifPresent(
                        value -> properties.setProperty(name.substring(ADDITIONAL_PROPERTIES.length()), value));
            }
        }
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        Connection opened = new Driver().connect(url, properties);
        if (opened == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        opened.setAutoCommit(true);
        return opened;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing is all that is left to do
            }
        }
    }
}
