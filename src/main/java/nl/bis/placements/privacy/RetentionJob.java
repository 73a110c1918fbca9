package nl.bis.placements.privacy;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The nightly retention run: anonymises every student's data whose retention period ended. Safe on several
 * instances: a run holds a transaction-scoped advisory lock, and an instance that finds it taken skips its run (the
 * other does the work). Idempotent: only rows not yet anonymised are selected, so a second run changes nothing.
 * One transaction per run: a faculty's yearly volume is small, and a failed run leaves nothing half done.
 */
@ApplicationScoped
public class RetentionJob {

    @Inject
    RetentionConfig config;

    @Inject
    PersonalDataTables tables;

    @Inject
    Anonymiser anonymiser;

    @Inject
    PrivacyRuns runs;

    @Inject
    Clock clock;

    @Inject
    CurrentIdentityAssociation identity;

    @Scheduled(identity = "privacy-retention", cron = "${placements.retention.cron}", timeZone = "${placements.zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        run();
    }

    /** Runs retention now; empty when another instance is running it. */
    @ActivateRequestContext
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public Optional<PrivacyRunEntity> run() {
        if (!runs.tryLock()) {
            return Optional.empty();
        }
        // History entries and audit columns name the job, not "anonymous".
        identity.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(PrivacyRuns.JOB))
                .build());
        PrivacyRuns.Tally tally = runs.start(PrivacyRunEntity.Kind.RETENTION, null);
        Map<RetentionKind, LocalDate> cutoffs = cutoffs();
        TreeSet<String> students = new TreeSet<>();
        for (PersonalData entry : PersonalDataRegister.entries()) {
            students.addAll(tables.studentsWithExpired(entry, cutoffs.get(entry.kind())));
        }
        for (String student : students) {
            tally.add(anonymiser.anonymise(student, cutoffs, "Retention period ended:"));
        }
        return Optional.of(runs.finish(tally));
    }

    /** Per kind: data whose period counted from its date ended before today is expired. */
    Map<RetentionKind, LocalDate> cutoffs() {
        LocalDate today = LocalDate.now(clock);
        Map<RetentionKind, LocalDate> cutoffs = new EnumMap<>(RetentionKind.class);
        for (RetentionKind kind : RetentionKind.values()) {
            cutoffs.put(kind, today.minus(config.periodOf(kind)));
        }
        return cutoffs;
    }
}
