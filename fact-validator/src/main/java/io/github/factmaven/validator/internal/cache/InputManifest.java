package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.model.LocatedSourceEntry;
import io.github.factmaven.model.SourceRegistry;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.internal.source.SourceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Every file a check reads, as it is on disk: each claims file, each file of the sources folder
 * (the registry included) by size, modification time, change time and file number, and by the
 * SHA-256 of its bytes where those cannot be trusted: a pinned source, whose pin is a promise about
 * its bytes, and a file modified so recently that its timestamp may not yet show a change.
 *
 * <p>Two manifests are equal when the check would read the same: same files, same states, same
 * settings. Taking one reads no claims file and decodes no source.
 */
public final class InputManifest {

    /**
     * Where a file system keeps times in whole seconds (FAT in two), an edit within two seconds of
     * the last one may leave its modification time as it was.
     */
    private static final long COARSE_TIMES = TimeUnit.SECONDS.toNanos(2);
    /**
     * Where it keeps finer times, they come from the kernel's clock, which moves on at every tick
     * (a hundredth of a second at most): a tenth of a second is ample.
     */
    private static final long FINE_TIMES = TimeUnit.MILLISECONDS.toNanos(100);
    /** The time a manifest was taken at, for one that was not. */
    private static final long UNKNOWN = Long.MIN_VALUE;

    private static final String CLAIMS = "claims:";
    private static final String SOURCES = "sources:";

    private final String settings;
    private final Map<String, FileState> files;
    /** When the manifest was taken, in nanoseconds since the epoch; {@link #UNKNOWN} for one read back. */
    private final long takenAt;

    InputManifest(String settings, Map<String, FileState> files) {
        this(settings, files, UNKNOWN);
    }

    private InputManifest(String settings, Map<String, FileState> files, long takenAt) {
        this.settings = settings;
        this.files = Map.copyOf(files);
        this.takenAt = takenAt;
    }

    /**
     * Takes the state of a dataset's inputs now.
     *
     * @param dataset  where the claims and sources are
     * @param settings what else decides the check's result and reports, such as the plugin's parameters
     * @param previous the manifest the last check recorded, if any: a file it hashed is hashed again
     * @return the manifest
     * @throws IOException if a folder cannot be walked or a file cannot be read; the check then
     *                     runs in full and says what is wrong
     */
    public static InputManifest capture(Dataset dataset, String settings, Optional<InputManifest> previous)
            throws IOException {
        return capture(dataset, settings, previous, System.currentTimeMillis() * 1_000_000);
    }

    /** Takes the state of a dataset's inputs as if the time were {@code nowNanos}. */
    static InputManifest capture(Dataset dataset, String settings, Optional<InputManifest> previous, long nowNanos)
            throws IOException {
        Map<String, FileState> previousFiles =
                previous.map(manifest -> manifest.files).orElse(Map.of());
        try {
            // a walk meets an unreadable folder as an unchecked exception
            Map<String, Path> found = new TreeMap<>();
            listClaims(dataset, found);
            list(dataset.sourcesDirectory(), SOURCES, found);
            Map<String, FileState> states = found.entrySet().parallelStream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey,
                            entry -> state(entry.getValue(), previousFiles.get(entry.getKey()), nowNanos)));
            return new InputManifest(settings, states, nowNanos);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The same manifest with the sources the registry pins marked with their registered SHA-256,
     * so that the next manifest hashes them and equals this one only if their bytes are the pinned
     * ones. Reads the registry, if there is one.
     *
     * @param dataset where the registry is
     * @return the manifest with its pins
     */
    public InputManifest withPins(Dataset dataset) {
        Optional<SourceRegistry> read = dataset.registry();
        if (read.isEmpty()) {
            return this;
        }
        SourceRegistry registry = read.get();
        Map<String, FileState> pinned = new TreeMap<>(files);
        for (LocatedSourceEntry located : registry.entries()) {
            Optional<String> sha256 = located.entry().sha256();
            String file;
            try {
                file = Path.of(located.entry().file()).normalize().toString().replace('\\', '/');
            } catch (InvalidPathException e) {
                continue; // the check says what is wrong with the entry
            }
            pinned.computeIfPresent(
                    SOURCES + file,
                    (path, state) -> sha256.map(state::withSha256).orElse(state));
        }
        return new InputManifest(settings, pinned);
    }

    /**
     * The manifest to record for the next check: without the SHA-256 of the claims files and source
     * files whose state was old enough to vouch for their bytes when it was taken. A file modified
     * too recently for its timestamp is hashed, and so is it at the next builds, which compare the
     * hashes, until a check that runs records it no longer recent: without its hash, so that the
     * checks after that trust its state as they trust every other file's, where it was hashed at
     * every build since. Hashes that pins ask for are put back by {@link #withPins}. The registry
     * keeps its hash: {@link #beyondClaimsAndSources} holds it.
     *
     * @return the manifest to record
     */
    public InputManifest settled() {
        if (takenAt == UNKNOWN) {
            return this;
        }
        Map<String, FileState> settled = new TreeMap<>(files);
        settled.replaceAll((key, state) -> (key.startsWith(CLAIMS) || isSourceFile(key)) && !state.recentAt(takenAt)
                ? state.withoutSha256()
                : state);
        return new InputManifest(settings, settled);
    }

    String settings() {
        return settings;
    }

    /**
     * @return a digest of all but the claims files and the source files: the settings, the sources
     *     registry's state and whether the folders are there; equal digests mean that only claims
     *     files and source files changed between two manifests
     */
    public String beyondClaimsAndSources() {
        MessageDigest digest = SourceFiles.sha256();
        digest.update(settings.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, FileState> file : new TreeMap<>(files).entrySet()) {
            if (!file.getKey().startsWith(CLAIMS) && !isSourceFile(file.getKey())) {
                digest.update(("\n" + file.getKey() + "\u0000" + file.getValue()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return the state of each source file, by its key: {@code sources:} and its path in the sources folder */
    public Map<String, FileState> sources() {
        Map<String, FileState> sources = new TreeMap<>();
        files.forEach((key, state) -> {
            if (isSourceFile(key)) {
                sources.put(key, state);
            }
        });
        return sources;
    }

    /**
     * @param source a claim's source, as it names it
     * @return the key of the source file's state in {@link #files()}; empty for a path that is not
     *     one of a file in the sources folder
     */
    public static Optional<String> sourceKey(String source) {
        try {
            Path path = Path.of(source).normalize();
            if (path.isAbsolute() || path.startsWith("..") || path.toString().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(SOURCES + path.toString().replace('\\', '/'));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static boolean isSourceFile(String key) {
        return key.startsWith(SOURCES) && !key.equals(SOURCES) && !key.equals(SOURCES + SourceRegistry.FILE_NAME);
    }

    /**
     * @param dataset where the claims are
     * @param file    a claims file as the dataset lists it
     * @return the key of its state in {@link #files()}
     */
    public static String claimsKey(Dataset dataset, Path file) {
        return CLAIMS + dataset.claimsDirectory().relativize(file).toString().replace('\\', '/');
    }

    /** @return each file's state, by its folder's prefix ({@code claims:}, {@code sources:}) and its path there */
    public Map<String, FileState> files() {
        return files;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InputManifest manifest
                && settings.equals(manifest.settings)
                && files.equals(manifest.files);
    }

    @Override
    public int hashCode() {
        return settings.hashCode() * 31 + files.hashCode();
    }

    /**
     * Adds the claims files as the check lists them. A link that leads nowhere or a folder that
     * cannot be read is no state to stand on: the check then runs, and says what is wrong.
     */
    private static void listClaims(Dataset dataset, Map<String, Path> found) throws IOException {
        if (!Files.isDirectory(dataset.claimsDirectory())) {
            found.put(CLAIMS, dataset.claimsDirectory());
            return;
        }
        Dataset.ClaimsListing listing = dataset.listClaimsFiles();
        if (!listing.problems().isEmpty()) {
            throw new IOException("the claims folder cannot be listed in full");
        }
        listing.files().forEach(file -> found.put(claimsKey(dataset, file), file));
    }

    /** Adds the files a check reads below a folder; a missing folder is recorded as missing. */
    private static void list(Path directory, String prefix, Map<String, Path> found) throws IOException {
        if (!Files.isDirectory(directory)) {
            found.put(prefix, directory);
            return;
        }
        for (Path file : SourceFiles.filesBelow(directory)) {
            String name = file.toString().replace('\\', '/');
            found.put(prefix + name, directory.resolve(file));
        }
    }

    private static FileState state(Path file, FileState previous, long nowNanos) {
        try {
            if (!Files.exists(file)) {
                return FileState.MISSING;
            }
            FileState state = FileState.of(file);
            boolean hashed = previous != null && previous.sha256().isPresent();
            if ((hashed || state.recentAt(nowNanos)) && Files.isRegularFile(file)) {
                state = state.withSha256(SourceFiles.sha256(file));
            }
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the file system says of a file, and the SHA-256 of its bytes where it was taken.
     *
     * @param size          its size in bytes, -1 if it does not exist
     * @param modifiedNanos its modification time
     * @param changedNanos  its status change time, which setting the modification time back changes;
     *                      -1 where the file system does not tell
     * @param fileNumber    its inode number, -1 where the file system does not tell
     * @param sha256        the SHA-256 of its bytes, if taken
     */
    public record FileState(
            long size, long modifiedNanos, long changedNanos, long fileNumber, Optional<String> sha256) {

        static final FileState MISSING = new FileState(-1, 0, -1, -1, Optional.empty());

        public static FileState of(Path file) throws IOException {
            try {
                Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino");
                return new FileState(
                        (Long) unix.get("size"),
                        nanos(unix.get("lastModifiedTime")),
                        nanos(unix.get("ctime")),
                        (Long) unix.get("ino"),
                        Optional.empty());
            } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
                BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileState(
                        basic.size(), basic.lastModifiedTime().to(TimeUnit.NANOSECONDS), -1, -1, Optional.empty());
            }
        }

        private static long nanos(Object time) {
            return time instanceof FileTime fileTime ? fileTime.to(TimeUnit.NANOSECONDS) : -1;
        }

        /**
         * @param other what the file system said of the file at another time
         * @return whether both are of the same file with the same bytes: all the file system says is
         *     the same, and so are the hashes of the bytes where both were taken. A state recorded
         *     without a hash was old enough to vouch for the bytes (see {@link InputManifest#settled}),
         *     so the same state means the same bytes
         */
        public boolean sameFile(FileState other) {
            return other != null
                    && withoutSha256().equals(other.withoutSha256())
                    && (sha256.isEmpty() || other.sha256.isEmpty() || sha256.equals(other.sha256));
        }

        /**
         * @param nowNanos a time, in nanoseconds since the epoch
         * @return whether the file was modified so shortly before that time that an edit after it
         *     may have left the modification time as it was: within two seconds where the file
         *     system keeps whole seconds, within a tenth of a second where it keeps finer times
         */
        public boolean recentAt(long nowNanos) {
            long resolution = modifiedNanos % TimeUnit.SECONDS.toNanos(1) == 0 ? COARSE_TIMES : FINE_TIMES;
            return modifiedNanos >= nowNanos - resolution;
        }

        /** @return this state without the hash of the bytes */
        public FileState withoutSha256() {
            return new FileState(size, modifiedNanos, changedNanos, fileNumber, Optional.empty());
        }

        public FileState withSha256(String hash) {
            return new FileState(size, modifiedNanos, changedNanos, fileNumber, Optional.of(hash));
        }
    }
}
