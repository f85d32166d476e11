package io.github.factmaven.plugin;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The reports {@code fact:check} can write, and their file names in the report directory.
 */
enum ReportFormat {
    JSON("report.json"),
    SARIF("report.sarif"),
    JUNIT("TEST-claims.xml"),
    HTML("report.html");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    /**
     * @param name a format as users write it, such as {@code sarif}
     * @return the format
     * @throws IllegalArgumentException naming the known formats
     */
    static ReportFormat of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // without the enum's own exception as its cause: Maven adds a cause's message to the
            // build's error line, and "No enum constant ...ReportFormat.NONE" is not the user's word
            throw new IllegalArgumentException("unknown report format \"" + name.trim() + "\" (known: "
                    + Arrays.stream(values())
                            .map(f -> f.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))
                    + ")");
        }
    }
}
