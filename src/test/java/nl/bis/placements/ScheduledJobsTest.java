package nl.bis.placements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.scheduler.Scheduled;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The daily jobs (reminders, retention) run on the office's clock: a cron read in the server's time zone (often UTC)
 * would queue "07:00" reminders at 08:00 or 09:00 in Amsterdam, shifting with daylight saving time.
 */
class ScheduledJobsTest {

    @Test
    void everyCronJobRunsInTheOfficesTimeZone() {
        List<JavaMethod> cronJobs = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.bis.placements").stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(Scheduled.class))
                .filter(method -> !method.getAnnotationOfType(Scheduled.class).cron().isEmpty())
                .toList();

        assertTrue(cronJobs.size() >= 2, "the reminders and the retention job are found: " + cronJobs);
        cronJobs.forEach(method -> assertEquals("${placements.zone}",
                method.getAnnotationOfType(Scheduled.class).timeZone(), method.getFullName()));
    }
}
