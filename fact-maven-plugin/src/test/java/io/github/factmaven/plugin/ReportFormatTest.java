package io.github.factmaven.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void formatsAreNamedAsUsersWriteThem() {
        assertEquals(ReportFormat.SARIF, ReportFormat.of(" Sarif "));
        assertEquals("TEST-claims.xml", ReportFormat.of("junit").fileName());
    }

    @Test
    void anUnknownFormatIsNamedWithTheKnownOnes() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ReportFormat.of("xml"));

        assertEquals("unknown report format \"xml\" (known: json, sarif, junit, html)", unknown.getMessage());
        assertNull(unknown.getCause(), "Maven would add the enum's own words to the build's error line");
    }
}
