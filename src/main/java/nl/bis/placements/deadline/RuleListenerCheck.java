package nl.bis.placements.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the calculator's rules: DOWN only when the rule listener has been without its connection for longer
 * than {@link #GRACE}, so a reconnect never flaps readiness. Meanwhile the calculator answers from the last snapshot,
 * which may miss another instance's change; a database outage already shows in the database check.
 */
@Readiness
@ApplicationScoped
class RuleListenerCheck implements HealthCheck {

    static final String NAME = "Deadline rule listener";
    static final Duration GRACE = Duration.ofMinutes(1);

    @Inject
    RuleListener listener;

    @Override
    public HealthCheckResponse call() {
        Duration away = listener.away();
        return HealthCheckResponse.named(NAME)
                .status(away.compareTo(GRACE) <= 0)
                .withData("awaySeconds", away.toSeconds())
                .build();
    }
}
