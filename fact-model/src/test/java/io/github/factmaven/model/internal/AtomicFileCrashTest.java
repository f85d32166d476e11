package io.github.factmaven.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process while it replaces a large file, at random moments, many times: the file is
 * always exactly the old version or the new one, and a temporary file the killed process left is
 * gone after the next write.
 */
class AtomicFileCrashTest {

    private static final int SIZE = 16 << 20;
    private static final int KILLS = 24;

    /** The content a writer writes: a different byte pattern for each version, the same every time. */
    static byte[] version(int version) {
        byte[] bytes = new byte[SIZE];
        new Random(version).nextBytes(bytes);
        return bytes;
    }

    /** The writer the test kills: says when it starts writing one version of the file. */
    public static void main(String[] args) throws IOException {
        byte[] content = version(Integer.parseInt(args[1]));
        System.out.println("writing");
        System.out.flush();
        AtomicFile.write(Path.of(args[0]), content);
    }

    private static Process writer(Path file, int version) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        AtomicFileCrashTest.class.getName(),
                        file.toString(),
                        Integer.toString(version))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static List<Path> temporaries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".fact-tmp"))
                    .toList();
        }
    }

    @Test
    void aKilledWriterLeavesTheOldOrTheNewFileAndItsTemporaryFileGoesAtTheNextWrite(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("claims.json");
        byte[][] versions = {version(0), version(1)};
        AtomicFile.write(file, versions[0]);
        Random random = new Random(19);
        int current = 0;
        List<String> outcomes = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            int next = 1 - current;
            Process process = writer(file, next);
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("writing", out.readLine());
                // from the first bytes to after the rename: most kills land mid-write
                process.waitFor(random.nextInt(300), TimeUnit.MILLISECONDS);
                process.destroyForcibly().waitFor();
            }

            byte[] now = Files.readAllBytes(file);
            boolean old = Arrays.equals(now, versions[current]);
            assertTrue(
                    old || Arrays.equals(now, versions[next]), "kill " + kill + ": neither the old file nor the new");
            current = old ? current : next;
            List<Path> left = temporaries(folder);
            assertTrue(left.size() <= 1, "kill " + kill + " left " + left);
            outcomes.add((old ? "old" : "new") + (left.isEmpty() ? "" : "+tmp"));

            if (!left.isEmpty()) {
                AtomicFile.write(file, versions[current]); // the next write clears what the killed one left
                assertEquals(List.of(), temporaries(folder), "after kill " + kill);
                assertTrue(Arrays.equals(Files.readAllBytes(file), versions[current]));
            }
        }
        System.out.println("outcomes of " + KILLS + " kills: " + outcomes);
    }
}
