package io.github.factmaven.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's complete example program, as a user copies it: it compiles, runs, and checks the example dataset. */
class ReadmeExampleTest {

    private static final Pattern EXAMPLE =
            Pattern.compile("<!-- compiled and run by ReadmeExampleTest -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmeProgramCompilesAndChecksTheExampleDataset(@TempDir Path work) throws Exception {
        Matcher example = EXAMPLE.matcher(Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8));
        assertTrue(example.find(), "the README marks its complete example");
        Path source = work.resolve("CheckDataset.java");
        Files.writeString(source, example.group(1));
        String classPath = System.getProperty("java.class.path");

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(
                0,
                javac.run(null, null, null, "-d", work.toString(), "-cp", classPath, source.toString()),
                "the README example compiles");

        Process run = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        work + java.io.File.pathSeparator + classPath,
                        "CheckDataset",
                        Path.of("../examples/armenia-russia-2023").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, run.exitValue(), output);
        assertTrue(
                output.contains("35 claims: 35 verified, 0 failed (5 claims files, 0 file errors, 2 warnings)"),
                output);
    }
}
