package io.github.factmaven.validator.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, for tests that render a page in a real browser. The flags keep it
 * off the network, which the machines of CI do not have.
 */
public final class HeadlessChromium {

    private final Path executable;
    private final Path profile;

    private HeadlessChromium(Path executable, Path profile) {
        this.executable = executable;
        this.profile = profile;
    }

    /** @return the browser named by $CHROMIUM or found on the path, if any */
    public static Optional<HeadlessChromium> find(Path profile) {
        Stream<Path> candidates = Stream.concat(
                Optional.ofNullable(System.getenv("CHROMIUM")).map(Path::of).stream(),
                Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .flatMap(
                                dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name))));
        return candidates.filter(Files::isExecutable).findFirst().map(path -> new HeadlessChromium(path, profile));
    }

    /** Loads a page, runs its scripts, and returns the DOM serialized as HTML. */
    public String dumpDom(String url) throws IOException, InterruptedException {
        return run("--dump-dom", url);
    }

    /** As {@link #dumpDom(String)}, with a page allowed to read the documents of other local files. */
    public String dumpDomWithFileAccess(String url) throws IOException, InterruptedException {
        return run("--allow-file-access-from-files", "--dump-dom", url);
    }

    /** The DOM after the page's scripts ran, in a window of this size (a phone's, say). */
    String dumpDom(String url, int width, int height) throws IOException, InterruptedException {
        return run("--dump-dom", "--window-size=" + width + "," + height, url);
    }

    /** Renders a page into a PNG file. */
    void screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
        run("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, url);
    }

    private String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("chromium", ".out");
        Process process = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        // a safety net against a hung browser, not a measure of speed
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish: " + command);
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        if (process.exitValue() != 0) {
            throw new IOException("chromium exited with " + process.exitValue() + ": " + command);
        }
        return out;
    }
}
