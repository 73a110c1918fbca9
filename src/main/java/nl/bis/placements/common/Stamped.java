package nl.bis.placements.common;

import java.time.Instant;

/** A record that keeps who last changed it and when; {@link Audit#updated} fills it. */
public interface Stamped {

    void updated(String by, Instant at);
}
