package io.github.factmaven.validator.internal.source;

import io.github.factmaven.model.LocatedSourceEntry;
import io.github.factmaven.model.SourceEntry;
import io.github.factmaven.model.SourceRegistry;
import io.github.factmaven.model.internal.RegularFile;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Resolves a claim's {@code source} inside the sources directory and reads it. A source must stay
 * inside that directory: a dataset is checked on machines that do not share the author's disk, and
 * a path that leaves it would read whatever happens to be there.
 */
public final class SourceFiles implements SourceStore {

    private final Dataset dataset;
    /** The listing, walked once per check: provenance, the name index and the other-source search all use it. */
    private List<String> listing;
    /** The registry, read once per check: the provenance check and the HTML pages' settings both use it. */
    private Optional<SourceRegistry> registry;

    public SourceFiles(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public RawSource raw(String source) throws SourceException {
        return read(source, locate(source));
    }

    /**
     * Reads a source {@link #locate} found: its bytes, once, and how to read them.
     *
     * @param source a claim's source
     * @param real   the real path {@link #locate} gave for it
     * @return the bytes, with the registry entry of an HTML page
     * @throws SourceException if the file cannot be read
     */
    public RawSource read(String source, Path real) throws SourceException {
        String name = displayName(source);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(real);
        } catch (IOException e) {
            throw new SourceException(Status.SOURCE_UNREADABLE, "cannot read source file " + name + ": " + e);
        }
        return new RawSource(name, bytes, SourceEntry.isHtmlPage(name) ? registered(source) : Optional.empty());
    }

    /**
     * What decides a source's text besides its bytes, for keys of what was found in it: for an HTML
     * page, the encoding and root its registry entry names; nothing for a text source.
     *
     * @param source a claim's source
     * @return a short text that differs when the text would, though the bytes do not
     */
    @Override
    public String textSettings(String source) {
        if (!SourceEntry.isHtmlPage(source)) {
            return "";
        }
        Optional<SourceEntry> entry = registered(source);
        return "+html:" + entry.flatMap(SourceEntry::htmlRoot).orElse("body") + ":"
                + entry.flatMap(SourceEntry::encoding).orElse("");
    }

    /**
     * @return the dataset's registry with its problems, read the first time it is asked for; empty
     *     when the dataset has none
     */
    public synchronized Optional<SourceRegistry> registry() {
        if (registry == null) {
            registry = dataset.registry();
        }
        return registry;
    }

    /** The source's entry in the registry; an unreadable or invalid registry is the provenance check's to report. */
    private Optional<SourceEntry> registered(String source) {
        return registry().flatMap(read -> read.entry(source)).map(LocatedSourceEntry::entry);
    }

    /**
     * Finds a source file and makes sure it may be read: inside the sources directory, links
     * included, and a regular file.
     *
     * @param source a claim's source
     * @return the file's real path
     * @throws SourceException saying why the file cannot be read
     */
    public Path locate(String source) throws SourceException {
        Path root = dataset.sourcesDirectory();
        Path file = resolve(root, source);
        String name = dataset.displayName(file);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new SourceException(
                    Status.SOURCE_NOT_FOUND,
                    "source file " + name + " does not exist"
                            + (Files.isDirectory(root)
                                    ? ClosestName.among(source, list())
                                            .map(meant ->
                                                    "; did you mean " + dataset.displayName(root.resolve(meant)) + "?")
                                            .orElse("")
                                    : " (the sources directory " + dataset.displayName(root) + " does not exist)"));
        }
        Path real;
        try {
            real = file.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                throw new SourceException(
                        Status.SOURCE_OUTSIDE_ROOT,
                        "source file " + name + " is a link to " + real + ", outside the sources directory "
                                + dataset.displayName(root));
            }
        } catch (NoSuchFileException e) {
            throw new SourceException(
                    Status.SOURCE_NOT_FOUND,
                    "source file " + name + " is a symbolic link to a file that does not exist");
        } catch (IOException e) {
            throw new SourceException(Status.SOURCE_UNREADABLE, "cannot read source file " + name + ": " + e);
        }
        if (!Files.isRegularFile(real)) {
            throw new SourceException(Status.SOURCE_UNREADABLE, "source " + name + " is not a regular file");
        }
        return real;
    }

    /**
     * @param source a claim's source, inside the sources directory
     * @return the source's path as messages show it
     */
    @Override
    public String displayName(String source) {
        return dataset.displayName(dataset.sourcesDirectory().resolve(source).normalize());
    }

    /**
     * @param bytes a file's content
     * @return the SHA-256 of the bytes, in lowercase hex
     */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /**
     * @param file a file, read a block at a time, never whole
     * @return the SHA-256 of its bytes, in lowercase hex
     * @throws IOException if the file cannot be read
     */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = RegularFile.open(file)) {
            byte[] block = new byte[1 << 16];
            for (int n = in.read(block); n >= 0; n = in.read(block)) {
                digest.update(block, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return a new SHA-256 digest */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Lists the source files: every regular file below the sources directory but the registry.
     *
     * @return paths relative to the sources directory, '/'-separated, in order; none if it cannot be listed
     */
    @Override
    public synchronized List<String> list() {
        if (listing == null) {
            listing = walk();
        }
        return listing;
    }

    private List<String> walk() {
        Path root = dataset.sourcesDirectory();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try {
            return filesBelow(root).stream()
                    .map(file -> file.toString().replace('\\', '/'))
                    .filter(file -> !file.equals(SourceRegistry.FILE_NAME))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /**
     * @param source a path relative to the sources directory, as a claim or the registry writes it
     * @return true if a file exists there (or a link, which {@link #load} then judges)
     * @throws SourceException if the path is not a relative path inside the sources directory
     */
    @Override
    public boolean exists(String source) throws SourceException {
        return Files.exists(resolve(dataset.sourcesDirectory(), source), LinkOption.NOFOLLOW_LINKS);
    }

    private static Path resolve(Path root, String source) throws SourceException {
        if (source.startsWith("/") || source.contains("\\") || source.matches("^[A-Za-z]:.*")) {
            throw new SourceException(
                    Status.INVALID_SOURCE_PATH,
                    "source \"" + source
                            + "\" must be a path relative to the sources directory, with '/' as separator");
        }
        Path file;
        try {
            file = root.resolve(source).normalize();
        } catch (InvalidPathException e) {
            throw new SourceException(
                    Status.INVALID_SOURCE_PATH, "source \"" + source + "\" is not a valid path: " + e.getReason());
        }
        if (!file.startsWith(root)) {
            throw new SourceException(
                    Status.SOURCE_OUTSIDE_ROOT, "source \"" + source + "\" leads out of the sources directory");
        }
        return file;
    }

    /**
     * Every regular file below a directory. A walk does not enter a start directory that is itself
     * a symbolic link, so this walks where the link leads.
     *
     * @param directory the directory
     * @return the files, relative to the directory
     * @throws IOException if the directory cannot be resolved or walked
     */
    public static List<Path> filesBelow(Path directory) throws IOException {
        Path real = directory.toRealPath();
        try (Stream<Path> files = Files.walk(real)) {
            return files.filter(Files::isRegularFile).map(real::relativize).toList();
        }
    }
}
