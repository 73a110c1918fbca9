package nl.bis.placements.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/**
 * How long each kind of personal data is kept ({@code PLACEMENTS_RETENTION_*}, ISO-8601 periods) and when the
 * retention job runs. The defaults follow the office's duties: placement files and claims (financial records) seven
 * years, incidents two years after the return, contacts and addresses one year after the last return.
 */
@ConfigMapping(prefix = "placements.retention")
public interface RetentionConfig {

    @WithDefault("P7Y")
    Period placements();

    @WithDefault("P2Y")
    Period incidents();

    @WithDefault("P1Y")
    Period contacts();

    @WithDefault("P2Y")
    Period messages();

    @WithDefault("P2Y")
    Period accessLog();

    @WithDefault("P7Y")
    Period claims();

    /** Quartz-style cron of the retention job ({@code off} disables it); nightly by default. */
    @WithDefault("0 30 2 * * ?")
    String cron();

    default Period periodOf(RetentionKind kind) {
        return switch (kind) {
            case PLACEMENT -> placements();
            case INCIDENT -> incidents();
            case CONTACT -> contacts();
            case MESSAGE -> messages();
            case ACCESS_LOG -> accessLog();
            case CLAIM -> claims();
        };
    }
}
