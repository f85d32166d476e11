package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A program that uses the library without configuring logging hears nothing from the schema validator's logging. */
class QuietLoggingTest {

    /** Reads a claims file that only the schema validator can word: the path that loads SLF4J. */
    public static void main(String[] args) {
        ClaimsFile file = new ClaimsFileReader().parse("{\"claims\": [{\"id\": \"x\", \"qoute\": 1}]}", "c.json");
        System.out.println(file.invalidClaims().size() + " invalid");
    }

    @Test
    void aProgramWithoutLoggingConfiguredPrintsNoLoggingWarnings() throws Exception {
        Process run = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        QuietLoggingTest.class.getName())
                .start();
        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(1, TimeUnit.MINUTES));

        assertEquals("1 invalid", out.strip(), err);
        assertEquals("", err, "standard error stays empty");
    }
}
