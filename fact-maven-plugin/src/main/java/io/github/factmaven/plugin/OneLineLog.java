package io.github.factmaven.plugin;

import io.github.factmaven.validator.report.ConsoleReport;
import org.apache.maven.plugin.logging.Log;

/**
 * A log whose every message is one line: what a claims file says (an id, a quote, a name) cannot
 * start a line of its own in the build log, so it cannot forge {@code [INFO] BUILD SUCCESS} or a
 * CI workflow command such as {@code ::error}. See {@link ConsoleReport#printable}.
 */
final class OneLineLog implements Log {

    private final Log log;

    OneLineLog(Log log) {
        this.log = log;
    }

    private static CharSequence line(CharSequence message) {
        return message == null ? null : ConsoleReport.printable(message.toString());
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        log.debug(line(content));
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(line(content), error);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(line(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(line(content), error);
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(line(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(line(content), error);
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(line(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(line(content), error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
