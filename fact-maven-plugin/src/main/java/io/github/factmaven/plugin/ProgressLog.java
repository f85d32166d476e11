package io.github.factmaven.plugin;

import io.github.factmaven.validator.api.CheckProgress;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs how far a long check has come, at most every few seconds; a check that ends sooner logs
 * nothing.
 */
final class ProgressLog implements CheckProgress {

    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final Log log;
    private long lastLogged = System.nanoTime();

    ProgressLog(Log log) {
        this.log = log;
    }

    @Override
    public synchronized void checked(int sources, int totalSources, int claims) {
        long now = System.nanoTime();
        if (now - lastLogged >= INTERVAL_NANOS && sources < totalSources) {
            lastLogged = now;
            log.info("Fact check: " + sources + " of " + totalSources + " sources, " + claims + " claims checked");
        }
    }
}
