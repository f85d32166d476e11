package io.github.factmaven.model;

import org.slf4j.LoggerFactory;

/**
 * The schema validator logs through SLF4J, and SLF4J prints three warnings on standard error when
 * it finds no logging provider: noise in every program that uses this library without configuring
 * logging. So SLF4J is bound here before the validator's first use, with its own reporting set to
 * errors for that moment only, unless the program set it itself. A program's own provider is bound
 * as always; only the report that there is none is not printed.
 */
final class QuietLogging {

    private static final String VERBOSITY = "slf4j.internal.verbosity";

    private QuietLogging() {}

    static void bind() {
        if (System.getProperty(VERBOSITY) != null) {
            return; // the program says how SLF4J reports: it is heard as it asks
        }
        System.setProperty(VERBOSITY, "ERROR");
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            System.clearProperty(VERBOSITY);
        }
    }
}
