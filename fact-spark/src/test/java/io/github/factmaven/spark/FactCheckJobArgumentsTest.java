package io.github.factmaven.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactCheckJobArgumentsTest {

    @Test
    void aDatasetAndAnOutputWithTheDefaults() {
        assertEquals(
                Optional.of(new FactCheckJob.Arguments(
                        "s3://b/d",
                        "s3://b/out",
                        "fact-check-reports",
                        SparkFactCheck.DEFAULT_CLAIMS_PER_TASK,
                        FactCheckJob.DEFAULT_REPORT_LIMIT)),
                FactCheckJob.Arguments.parse(new String[] {"s3://b/d", "s3://b/out"}));
    }

    @Test
    void optionsAnywhere() {
        assertEquals(
                Optional.of(new FactCheckJob.Arguments("d", "o", "/tmp/r", 500, 10)),
                FactCheckJob.Arguments.parse(new String[] {
                    "--claims-per-task", "500", "d", "--reports", "/tmp/r", "o", "--report-limit", "10"
                }));
    }

    @Test
    void wrongArgumentsAreRefusedNotThrown() {
        for (String[] wrong : new String[][] {
            {},
            {"d"},
            {"d", "o", "x"},
            {"d", "o", "--claims-per-task"},
            {"d", "o", "--claims-per-task", "0"},
            {"d", "o", "--claims-per-task", "many"},
            {"d", "o", "--unknown", "1"}
        }) {
            assertEquals(Optional.empty(), FactCheckJob.Arguments.parse(wrong), String.join(" ", wrong));
        }
    }
}
