package nl.bis.placements.message;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the daily reminders ({@code PLACEMENTS_REMINDERS_*}). */
@ConfigMapping(prefix = "placements.reminders")
public interface RemindersConfig {

    /**
     * When the reminders are queued: a Quartz-style cron in the server's time zone, or {@code off}. The scheduler reads
     * it as {@code ${placements.reminders.cron}}.
     */
    @WithDefault("0 0 7 * * ?")
    String cron();

    /** For how many days after the return date the return reminder is still queued (a day the job did not run). */
    @WithDefault("14")
    int returnCatchUpDays();
}
